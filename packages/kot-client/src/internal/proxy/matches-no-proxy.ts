import { BlockList, isIP } from 'node:net';

const defaultPort = (protocol: string): string => (protocol === 'https:' ? '443' : '80');

/** Splits `host:port` / `[v6]:port` / `host` into host and optional port. */
function splitHostPort(entry: string): { host: string; port: string | undefined } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1]!, port: bracketed[2] };
  const colon = entry.lastIndexOf(':');
  // More than one colon without brackets: a bare IPv6 address (possibly with a /prefix).
  if (colon > 0 && entry.indexOf(':') === colon && /^\d+$/.test(entry.slice(colon + 1))) {
    return { host: entry.slice(0, colon), port: entry.slice(colon + 1) };
  }
  return { host: entry, port: undefined };
}

function matchesAddress(host: string, pattern: string): boolean {
  const family = isIP(host);
  if (family === 0) return false;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const [address, prefix] = pattern.split('/');
  if (!address || isIP(address) !== family) return false;
  if (prefix === undefined) {
    const list = new BlockList();
    list.addAddress(address, type);
    return list.check(host, type);
  }
  const bits = Number(prefix);
  if (!Number.isInteger(bits)) return false;
  const list = new BlockList();
  list.addSubnet(address, bits, type);
  return list.check(host, type);
}

/**
 * Whether `target` bypasses the proxy under a `NO_PROXY` value, read as curl reads it: `*`
 * alone matches every host; otherwise a comma- (or space-) separated list where a name
 * matches itself and its subdomains (a leading `.` or `*.` is ignored), and an IP address or
 * CIDR range (`10.0.0.0/8`) matches addresses in it. Beyond curl, `host:port` only matches
 * that port. Case-insensitive; trailing dots ignored.
 */
export function matchesNoProxy(noProxy: string, target: URL): boolean {
  const entries = noProxy
    .split(/[\s,]+/)
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 1 && entries[0] === '*') return true;
  const host = target.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  const port = target.port || defaultPort(target.protocol);
  return entries.some((raw) => {
    if (raw === '*') return true;
    const entry = splitHostPort(raw.toLowerCase());
    if (entry.port !== undefined && entry.port !== port) return false;
    if (isIP(host) !== 0) return matchesAddress(host, entry.host);
    const name = entry.host.replace(/^\*?\./, '').replace(/\.$/, '');
    return name !== '' && (host === name || host.endsWith(`.${name}`));
  });
}
