import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { LedgerLockedError, type LedgerLockOwner } from '../../ledger/errors/ledger-locked-error.js';
import type { ReasonDetail } from '../../ledger/reason-detail.js';

// The single-writer lock of a state directory. proper-lockfile does the hard part portably
// (an atomic mkdir, kept fresh by an mtime heartbeat, so it works on network shares and on
// Windows, and a lock whose holder died goes stale after `staleMs`). On top of it the holder
// writes who it is into the lock directory, so that after a crash on the same machine the
// restarted process can see at once that the holder is gone instead of waiting for staleness.
// Because that owner file makes the lock directory non-empty, proper-lockfile's own removal of
// a stale lock (an rmdir) fails with ENOTEMPTY: such a lock is taken over here instead (moved
// aside, checked still stale, removed whole), so that a holder killed by SIGKILL, the OOM killer
// or a power cut can never keep the directory locked, however long ago it died.

const lockName = 'ledger.lock';
const ownerName = 'owner.json';
/** At most this long (ms) is a lock without an owner file given to get one before it is judged abandoned. */
const maxOwnerlessMs = 1_000;
const heldHere = new Set<string>();
let exitHookInstalled = false;

/**
 * On a normal exit without `close()`, proper-lockfile removes held locks with rmdir, which needs
 * the directory empty: remove the owner files first (process 'exit' listeners run before its own).
 */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const lockPath of heldHere) rmSync(join(lockPath, ownerName), { force: true });
  });
}

/** A held lock. */
export interface StateDirectoryLock {
  release(): void;
}

/**
 * Takes the lock of `directory`, or throws {@link LedgerLockedError}.
 * @param onCompromised - called when the lock is lost while held (another process took it over)
 */
export function lockStateDirectory(
  directory: string,
  options: { staleMs: number; onCompromised: (error: Error) => void },
): StateDirectoryLock {
  const target = resolve(directory);
  const lockPath = join(target, lockName);
  if (heldHere.has(lockPath)) {
    throw new LedgerLockedError({ directory: target, owner: ownerOf(lockPath) ?? self() });
  }
  const lockOptions = {
    lockfilePath: lockPath,
    realpath: false,
    stale: options.staleMs,
    onCompromised: options.onCompromised,
  };
  let release: () => void;
  try {
    release = lockfile.lockSync(target, lockOptions);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') {
      // proper-lockfile judged the lock stale but could not rmdir it (it holds our owner file).
      if (!takeOverStale(lockPath, options.staleMs)) {
        throw new LedgerLockedError({ directory: target, owner: ownerOf(lockPath), cause: error });
      }
      try {
        release = lockfile.lockSync(target, lockOptions);
      } catch (retryError) {
        throw new LedgerLockedError({ directory: target, owner: ownerOf(lockPath), cause: retryError });
      }
      return hold(lockPath, release);
    }
    if (code !== 'ELOCKED') throw error;
    const owner = waitForOwner(lockPath, Math.min(maxOwnerlessMs, options.staleMs / 10));
    const tookOver = owner ? takeOverDeadOwner(lockPath, owner) : takeOverOwnerless(lockPath);
    if (!tookOver) throw new LedgerLockedError({ directory: target, owner, cause: error });
    try {
      release = lockfile.lockSync(target, lockOptions);
    } catch (retryError) {
      throw new LedgerLockedError({ directory: target, owner: ownerOf(lockPath), cause: retryError });
    }
  }
  return hold(lockPath, release);
}

/** Records this process as the owner of the lock just taken and returns the handle that frees it. */
function hold(lockPath: string, release: () => void): StateDirectoryLock {
  writeOwner(lockPath);
  heldHere.add(lockPath);
  installExitHook();
  return {
    release() {
      if (!heldHere.delete(lockPath)) return;
      rmSync(join(lockPath, ownerName), { force: true }); // proper-lockfile removes the lock with rmdir: it must be empty
      try {
        release();
      } catch {
        // Already released or compromised: nothing left to release.
      }
    },
  };
}

function self(): LedgerLockOwner {
  return { pid: process.pid, hostname: hostname(), since: new Date().toISOString() };
}

function ownerOf(lockPath: string): LedgerLockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(join(lockPath, ownerName), 'utf8')) as Partial<LedgerLockOwner>;
    if (
      typeof owner.pid === 'number' &&
      typeof owner.hostname === 'string' &&
      typeof owner.since === 'string'
    ) {
      return { pid: owner.pid, hostname: owner.hostname, since: owner.since };
    }
  } catch {
    // No owner recorded (yet): the lock is judged by proper-lockfile's staleness alone.
  }
  return undefined;
}

/**
 * Writes the owner file inside the fresh lock directory, then puts the directory's mtime back:
 * proper-lockfile checks on each heartbeat that the mtime is still the one it set, and would
 * otherwise take the new file for another process's takeover.
 */
function writeOwner(lockPath: string): void {
  const { atime, mtime } = statSync(lockPath);
  writeFileSync(join(lockPath, ownerName), JSON.stringify(self()));
  utimesSync(lockPath, atime, mtime);
}

/**
 * The owner of a lock, waiting up to `graceMs` for one to appear: a live process writes its
 * owner file right after taking the lock, so a lock that stays ownerless that long was taken by a
 * process that died in between (a SIGKILL at that instant), and nobody will refresh or free it.
 */
function waitForOwner(lockPath: string, graceMs: number): LedgerLockOwner | undefined {
  const giveUpAt = Date.now() + graceMs;
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const owner = ownerOf(lockPath);
    if (owner || Date.now() >= giveUpAt) return owner;
    Atomics.wait(cell, 0, 0, Math.min(20, graceMs)); // the lock API is synchronous: block briefly
  }
}

/** Removes a lock that stayed without an owner (see {@link waitForOwner}), unless one appeared meanwhile. */
function takeOverOwnerless(lockPath: string): boolean {
  const aside = `${lockPath}.stale-${randomUUID()}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return true; // someone else removed it first: just try to lock
  }
  if (!ownerOf(aside)) {
    rmSync(aside, { recursive: true, force: true });
    return true;
  }
  try {
    renameSync(aside, lockPath); // an owner wrote itself in after all: put it back
  } catch {
    // The lock path is taken again; the process whose lock was moved will see it compromised.
  }
  return false;
}

/**
 * Removes a lock that nobody refreshed for `staleMs` (its holder died, here or on another
 * machine sharing the directory). It is renamed to a unique name first and only removed if the
 * moved directory is still stale: a lock refreshed or taken meanwhile is put back.
 */
function takeOverStale(lockPath: string, staleMs: number): boolean {
  const aside = `${lockPath}.stale-${randomUUID()}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return true; // someone else removed it first: just try to lock
  }
  const stat = statSync(aside, { throwIfNoEntry: false });
  if (!stat || Date.now() - stat.mtimeMs > staleMs) {
    rmSync(aside, { recursive: true, force: true });
    return true;
  }
  try {
    renameSync(aside, lockPath); // refreshed after all: put it back
  } catch {
    // The lock path is taken again; the process whose lock was moved will see it compromised.
  }
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes a lock whose recorded holder is a process on this machine that no longer runs (or is
 * this process's own pid from an earlier life, e.g. in a restarted container). The lock
 * directory is first renamed to a unique name, and only removed if the owner inside is still
 * the dead one, so a live lock taken meanwhile by another process is never removed.
 */
function takeOverDeadOwner(lockPath: string, owner: LedgerLockOwner): boolean {
  if (owner.hostname !== hostname()) return false;
  if (owner.pid !== process.pid && isAlive(owner.pid)) return false;
  const aside = `${lockPath}.stale-${randomUUID()}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return true; // someone else removed it first: just try to lock
  }
  const moved = ownerOf(aside);
  if (moved && moved.pid === owner.pid && moved.since === owner.since) {
    rmSync(aside, { recursive: true, force: true });
    return true;
  }
  try {
    renameSync(aside, lockPath); // not the dead owner's: put it back
  } catch {
    // The lock path is taken again; the process whose lock was moved will see it compromised.
  }
  return false;
}

/** What {@link inspectStateDirectoryLock} found. */
export type StateDirectoryLockState =
  | { state: 'free' }
  | { state: 'held'; owner: LedgerLockOwner | undefined }
  | { state: 'stale'; owner: LedgerLockOwner | undefined; reason: string; reasonDetail: ReasonDetail };

/**
 * Looks at the lock of `directory` without touching it: free, held by a live process, or stale
 * (its holder on this machine is gone, or nobody refreshed it for `staleMs`). A stale lock is
 * taken over by the next process that opens the ledger.
 */
export function inspectStateDirectoryLock(
  directory: string,
  staleMs: number,
  now: number = Date.now(),
): StateDirectoryLockState {
  const lockPath = join(resolve(directory), lockName);
  const stat = statSync(lockPath, { throwIfNoEntry: false });
  if (!stat) return { state: 'free' };
  const owner = ownerOf(lockPath);
  const age = now - stat.mtimeMs;
  if (age > staleMs) {
    const seconds = Math.round(age / 1000);
    return {
      state: 'stale',
      owner,
      reason: `not refreshed for ${seconds} s`,
      reasonDetail: { code: 'lock-not-refreshed', values: { seconds } },
    };
  }
  if (owner && owner.hostname === hostname() && owner.pid !== process.pid && !isAlive(owner.pid)) {
    return {
      state: 'stale',
      owner,
      reason: `process ${owner.pid} is no longer running`,
      reasonDetail: { code: 'lock-owner-gone', values: { pid: owner.pid } },
    };
  }
  return { state: 'held', owner };
}
