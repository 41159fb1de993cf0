import { readFile, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Who holds the ledger's lock, when a live process does. */
export interface LockHolder {
  pid?: number;
  hostname?: string;
  since?: string;
}

// The core's lock is a directory kept fresh by its holder (its mtime moves every few seconds);
// a lock older than this is one whose holder stopped.
const FRESH_MS = 30_000;

/**
 * Whether an agent holds the ledger in `ledgerDirectory` now, read without touching the lock:
 * the lock directory exists and is fresh, and on this machine its process is alive.
 * `realNow` is the real time (the lock's mtime is), not a `--now` clock.
 */
export async function agentLockHolder(
  ledgerDirectory: string,
  realNow: number,
): Promise<LockHolder | undefined> {
  const lock = join(ledgerDirectory, 'ledger.lock');
  const info = await stat(lock).catch(() => undefined);
  if (!info?.isDirectory() || realNow - info.mtimeMs > FRESH_MS) return undefined;
  const owner = await readFile(join(lock, 'owner.json'), 'utf8')
    .then((text) => JSON.parse(text) as LockHolder)
    .catch(() => ({}) as LockHolder);
  if (owner.pid !== undefined && owner.hostname === hostname() && !alive(owner.pid)) return undefined;
  return owner;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
