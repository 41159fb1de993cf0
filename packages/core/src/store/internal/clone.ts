import type { JsonValue } from '../../ledger/json-value.js';
import type { LedgerCorrection } from '../../ledger/ledger-correction.js';
import type { LedgerPunch } from '../../ledger/ledger-punch.js';

// Stores hand out copies, so a caller mutating a punch or a checkpoint cannot change the
// ledger behind its back (and the memory store behaves like a file store that re-reads).

const copyDate = (date: Date | undefined): Date | undefined => (date ? new Date(date.getTime()) : undefined);

/** A deep copy of a punch record. */
export function clonePunch(punch: LedgerPunch): LedgerPunch {
  const copy: LedgerPunch = {
    ...punch,
    at: new Date(punch.at.getTime()),
    plannedAt: new Date(punch.plannedAt.getTime()),
    updatedAt: new Date(punch.updatedAt.getTime()),
  };
  if (punch.notBefore) copy.notBefore = copyDate(punch.notBefore)!;
  if (punch.retryAt) copy.retryAt = copyDate(punch.retryAt)!;
  if (punch.sentAt) copy.sentAt = copyDate(punch.sentAt)!;
  return copy;
}

/** A deep copy of a correction. */
export function cloneCorrection(correction: LedgerCorrection): LedgerCorrection {
  const copy: LedgerCorrection = { ...correction, createdAt: new Date(correction.createdAt.getTime()) };
  if (correction.detail !== undefined) copy.detail = cloneJson(correction.detail);
  if (correction.resolvedAt) copy.resolvedAt = copyDate(correction.resolvedAt)!;
  return copy;
}

/** A deep copy of a JSON value. */
export function cloneJson<T extends JsonValue | undefined>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}
