/** Why a request got no HTTP answer, as far as the client can tell. */
export type TransportFailure =
  | { kind: 'timeout' }
  | { kind: 'proxy-refused'; status: number }
  | { kind: 'connection'; notSent: boolean; reason: string };

/**
 * Failures that happen before a single byte of the request reaches the server: nothing was
 * applied. Everything else (reset, closed socket, headers timeout, unknown errors) may have
 * happened after KING OF TIME received the request.
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NONAME',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_PRX_TLS',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_INVALID_URL',
]);

interface Link {
  code: string | undefined;
  message: string;
}

/** The error and its causes (and an AggregateError's members), outermost first. */
function chain(error: unknown): Link[] {
  const links: Link[] = [];
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  while (queue.length > 0 && links.length < 20) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const { code, message, cause, errors } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    links.push({
      code: typeof code === 'string' ? code : undefined,
      message: typeof message === 'string' ? message : String(current),
    });
    if (cause !== undefined) queue.push(cause);
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return links;
}

/**
 * Sorts a `fetch` rejection into timeout, proxy refusal or connection failure, and decides
 * whether the request certainly never reached the server. `timedOut` says whether the client's
 * own attempt timer aborted it.
 */
export function classifyTransportFailure(error: unknown, timedOut: boolean): TransportFailure {
  if (timedOut) return { kind: 'timeout' };
  const links = chain(error);
  for (const link of links) {
    // undici's ProxyAgent: "Proxy response (407) !== 200 when HTTP Tunneling".
    const proxy = /Proxy response \((\d{3})\)/.exec(link.message);
    if (proxy) return { kind: 'proxy-refused', status: Number(proxy[1]) };
  }
  const notSent =
    links.some(
      (l) => l.code !== undefined && (NOT_SENT_CODES.has(l.code) || l.code.startsWith('ERR_SSL_')),
    ) || links.some((l) => l.message === 'bad port');
  const specific = [...links].reverse().find((l) => l.code !== undefined) ?? links[links.length - 1];
  const reason = specific
    ? specific.code && !specific.message.includes(specific.code)
      ? `${specific.message} (${specific.code})`
      : specific.message
    : String(error);
  return { kind: 'connection', notSent, reason };
}
