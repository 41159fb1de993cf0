import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { PunchReadError, PunchSendError, punchKinds } from '../../dist/index.js';
import { unknownEmployee } from './universe.mjs';

/**
 * KING OF TIME for the crash test: every applied punch is a line appended to a file (O_APPEND,
 * fsync) before the sink answers, as KING OF TIME holds a punch once its POST is processed,
 * whatever happens to the client afterwards. The file outlives every killed process.
 * @param {string} file
 */
export function readKotFile(file) {
  if (!existsSync(file)) return { punches: [], unreadable: 0 };
  const punches = [];
  let unreadable = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    try {
      const value = JSON.parse(line);
      const kind = punchKinds.find((k) => k === value.kind);
      punches.push({
        employeeCode: value.employeeCode,
        workday: value.workday,
        kind,
        at: new Date(value.at),
      });
    } catch {
      unreadable++; // a write cut by SIGKILL: not applied (each record starts on a fresh line)
    }
  }
  return { punches, unreadable };
}

/** A `PunchSink` over that file, with seeded faults: refused for now, lost before or after applying. */
export class KotFileSink {
  /**
   * @param {string} file
   * @param {() => number} random
   * @param {() => void} onApplied
   */
  constructor(file, random, onApplied) {
    this.file = file;
    this.random = random;
    this.onApplied = onApplied;
  }

  async send(punch) {
    if (punch.employeeCode === unknownEmployee) {
      throw new PunchSendError({
        reason: `unknown employee ${punch.employeeCode}`,
        retryable: false,
        maybeApplied: false,
      });
    }
    const roll = this.random();
    if (roll < 0.08) {
      throw new PunchSendError({ reason: 'HTTP 503', retryable: true, maybeApplied: false, scope: 'punch' });
    }
    if (roll < 0.14) {
      throw new PunchSendError({
        reason: 'connection reset',
        retryable: true,
        maybeApplied: true,
        scope: 'punch',
      });
    }
    const fd = openSync(this.file, 'a');
    try {
      writeSync(fd, `\n${JSON.stringify({ ...punch, pid: process.pid })}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.onApplied();
    if (roll < 0.22) {
      throw new PunchSendError({
        reason: 'answer lost',
        retryable: true,
        maybeApplied: true,
        scope: 'punch',
      });
    }
  }

  async recorded(query) {
    if (this.random() < 0.15) {
      throw new PunchReadError({ reason: 'restricted hours', retryAt: new Date(Date.now() + 2) });
    }
    return readKotFile(this.file).punches.filter(
      (p) => query.employeeCodes.includes(p.employeeCode) && p.workday >= query.from && p.workday <= query.to,
    );
  }
}
