import type { LedgerPunch } from '../../ledger/ledger-punch.js';
import type { PunchState } from '../../ledger/punch-state.js';
import type { ReasonDetail } from '../../ledger/reason-detail.js';
import { punchId } from '../../punches/planned-punch.js';
import { type PunchKind, punchKinds } from '../../punches/punch-kind.js';

// A ledger keeps settled punches for months (so that a late log for an old day becomes a
// correction, never a second punch): hundreds of thousands of records that are only ever
// looked up, counted or listed. As full objects (strings, five Dates) each costs ~800 bytes of
// heap; packed into one flat string beside a short key, under 150. The packed form leaves out
// what the key and the employee map already hold (employee code, working day, kind, seq, and so
// the id) and writes instants as base-36 numbers, each relative to the previous one. Lossless:
// whatever cannot be packed exactly stays a full object (see packSettled).
//
// key:    `${workday}|${index of kind in punchKinds}|${seq}`
// packed: `${s|f}${flags},${at},${attempts},${resends},${plannedAt-at},${updatedAt-plannedAt}`
//         then, when present: `,${sentAt-updatedAt}`, `,${notBefore-at}`, `,${retryAt-at}`,
//         `,${reason.length}`, `,${errorCode.length}`, `,${reasonDetail's JSON.length}`; then
//         `|${reason}${errorCode}${reasonDetail's JSON}` when any is present (the first `|` ends
//         the numbers; the strings follow raw, cut by length).

/** The states kept packed: those a punch stays in for months. */
export type SettledState = 'sent' | 'failed';

/** Which optional fields a packed punch holds. */
const Flag = {
  NotBefore: 1,
  RetryAt: 2,
  Reason: 4,
  ErrorCode: 8,
  SentAt: 16,
  ByResponse: 32,
  ByReconciliation: 64,
  ReasonDetail: 128,
} as const;

/** Whether a punch in `state` is kept packed. */
export function isSettled(state: PunchState): state is SettledState {
  return state === 'sent' || state === 'failed';
}

/** The state of a packed punch, read without unpacking it. */
export function settledState(packed: string): SettledState {
  return packed.charCodeAt(0) === 0x73 /* s */ ? 'sent' : 'failed';
}

/** The punch time (ms) of a packed punch, read without unpacking it. */
export function settledAt(packed: string): number {
  const start = packed.indexOf(',') + 1;
  return Number.parseInt(packed.slice(start, packed.indexOf(',', start)), 36);
}

/** The working day of a settled key. */
export function settledWorkday(key: string): string {
  return key.slice(0, 10);
}

/**
 * Where a punch id would be kept packed: its employee code and key, or `undefined` when the id
 * is not one {@link punchId} makes (such a punch is never packed). Read from the right: the
 * working day, kind and seq never contain `|`, the employee code may.
 */
export function settledLocation(id: string): { employeeCode: string; key: string } | undefined {
  const seqAt = id.lastIndexOf('|');
  const kindAt = seqAt > 0 ? id.lastIndexOf('|', seqAt - 1) : -1;
  const workdayAt = kindAt > 0 ? id.lastIndexOf('|', kindAt - 1) : -1;
  if (workdayAt <= 0) return undefined;
  const seqText = id.slice(seqAt + 1);
  const seq = Number(seqText);
  const kind = punchKinds.indexOf(id.slice(kindAt + 1, seqAt) as PunchKind);
  const workday = id.slice(workdayAt + 1, kindAt);
  if (kind < 0 || workday.length !== 10 || !Number.isInteger(seq) || seq < 0 || String(seq) !== seqText) {
    return undefined;
  }
  return { employeeCode: id.slice(0, workdayAt), key: [workday, kind, seq].join('|') };
}

/**
 * The packed form of a `sent` or `failed` punch as `[employeeCode, key, packed]`, or `undefined`
 * when it is in another state or cannot be packed exactly (an id that does not match its
 * fields, instants too far apart to subtract exactly).
 */
export function packSettled(
  punch: LedgerPunch,
): [employeeCode: string, key: string, packed: string] | undefined {
  if (!isSettled(punch.state)) return undefined;
  const kind = punchKinds.indexOf(punch.kind);
  if (
    kind < 0 ||
    !/^\d{4}-\d{2}-\d{2}$/.test(punch.workday) ||
    punch.id !== punchId(punch.employeeCode, punch.workday, punch.kind, punch.seq)
  ) {
    return undefined;
  }
  const at = punch.at.getTime();
  const plannedAt = punch.plannedAt.getTime();
  const updatedAt = punch.updatedAt.getTime();
  const numbers: number[] = [at, punch.attempts, punch.resends, plannedAt - at, updatedAt - plannedAt];
  let flags = 0;
  if (punch.sentAt) {
    flags |= Flag.SentAt;
    numbers.push(punch.sentAt.getTime() - updatedAt);
  }
  if (punch.notBefore) {
    flags |= Flag.NotBefore;
    numbers.push(punch.notBefore.getTime() - at);
  }
  if (punch.retryAt) {
    flags |= Flag.RetryAt;
    numbers.push(punch.retryAt.getTime() - at);
  }
  if (punch.reason !== undefined) {
    flags |= Flag.Reason;
    numbers.push(punch.reason.length);
  }
  if (punch.errorCode !== undefined) {
    flags |= Flag.ErrorCode;
    numbers.push(punch.errorCode.length);
  }
  const detail = punch.reasonDetail === undefined ? undefined : JSON.stringify(punch.reasonDetail);
  if (detail !== undefined) {
    flags |= Flag.ReasonDetail;
    numbers.push(detail.length);
  }
  if (punch.confirmedBy === 'response') flags |= Flag.ByResponse;
  else if (punch.confirmedBy === 'reconciliation') flags |= Flag.ByReconciliation;
  else if (punch.confirmedBy !== undefined) return undefined;
  if (!numbers.every(Number.isSafeInteger)) return undefined;
  const parts: (string | number)[] = [
    (punch.state === 'sent' ? 's' : 'f') + flags.toString(36),
    ...numbers.map((n) => n.toString(36)),
  ];
  // Array#join builds one flat string (a template literal may leave a tree of pieces behind).
  let packed = parts.join(',');
  if (flags & (Flag.Reason | Flag.ErrorCode | Flag.ReasonDetail))
    packed = [packed, (punch.reason ?? '') + (punch.errorCode ?? '') + (detail ?? '')].join('|');
  return [punch.employeeCode, [punch.workday, kind, punch.seq].join('|'), packed];
}

/** The fields of a packed punch (its instants in ms since the epoch), as `pack` wrote them. */
interface PackedFields {
  workday: string;
  kind: PunchKind;
  seq: number;
  flags: number;
  at: number;
  attempts: number;
  resends: number;
  plannedAt: number;
  updatedAt: number;
  sentAt: number | undefined;
  notBefore: number | undefined;
  retryAt: number | undefined;
  reason: string | undefined;
  errorCode: string | undefined;
  /** The reason detail's JSON text. */
  reasonDetail: string | undefined;
}

/** Reads a packed punch's key and fields (shared by the record and the JSON forms). */
function readPacked(key: string, packed: string): PackedFields {
  const tail = packed.indexOf('|');
  const fields = (tail < 0 ? packed : packed.slice(0, tail)).split(',');
  const flags = Number.parseInt(fields[0]!.slice(1), 36);
  let next = 1;
  const read = () => Number.parseInt(fields[next++]!, 36);
  const at = read();
  const attempts = read();
  const resends = read();
  const plannedAt = at + read();
  const updatedAt = plannedAt + read();
  const sentAt = flags & Flag.SentAt ? updatedAt + read() : undefined;
  const notBefore = flags & Flag.NotBefore ? at + read() : undefined;
  const retryAt = flags & Flag.RetryAt ? at + read() : undefined;
  const reasonLength = flags & Flag.Reason ? read() : undefined;
  const errorCodeLength = flags & Flag.ErrorCode ? read() : undefined;
  const reasonDetailLength = flags & Flag.ReasonDetail ? read() : undefined;
  let text = tail + 1;
  const take = (length: number | undefined) => {
    if (length === undefined) return undefined;
    const value = packed.slice(text, text + length);
    text += length;
    return value;
  };
  const reason = take(reasonLength);
  const errorCode = take(errorCodeLength);
  const reasonDetail = take(reasonDetailLength);
  return {
    workday: settledWorkday(key),
    kind: punchKinds[key.charCodeAt(11) - 0x30]!,
    seq: Number(key.slice(13)),
    flags,
    at,
    attempts,
    resends,
    plannedAt,
    updatedAt,
    sentAt,
    notBefore,
    retryAt,
    reason,
    errorCode,
    reasonDetail,
  };
}

/** The full punch record of a packed one: exactly the record that was packed, in the stored key order. */
export function unpackSettled(employeeCode: string, key: string, packed: string): LedgerPunch {
  const f = readPacked(key, packed);
  // The same key order as the stored (decoded) record, so JSON written from it is unchanged.
  const punch: LedgerPunch = {
    id: punchId(employeeCode, f.workday, f.kind, f.seq),
    employeeCode,
    workday: f.workday,
    kind: f.kind,
    seq: f.seq,
    at: new Date(f.at),
    state: settledState(packed),
    attempts: f.attempts,
    resends: f.resends,
  } as LedgerPunch;
  if (f.notBefore !== undefined) punch.notBefore = new Date(f.notBefore);
  if (f.retryAt !== undefined) punch.retryAt = new Date(f.retryAt);
  if (f.reason !== undefined) punch.reason = f.reason;
  if (f.errorCode !== undefined) punch.errorCode = f.errorCode;
  if (f.reasonDetail !== undefined) punch.reasonDetail = JSON.parse(f.reasonDetail) as ReasonDetail;
  punch.plannedAt = new Date(f.plannedAt);
  punch.updatedAt = new Date(f.updatedAt);
  if (f.sentAt !== undefined) punch.sentAt = new Date(f.sentAt);
  if (f.flags & Flag.ByResponse) punch.confirmedBy = 'response';
  else if (f.flags & Flag.ByReconciliation) punch.confirmedBy = 'reconciliation';
  return punch;
}

/**
 * The JSON text of a packed punch: exactly `JSON.stringify(unpackSettled(…))`, without building
 * the record and its dates (a snapshot writes every settled punch this way).
 */
export function settledJson(employeeCode: string, key: string, packed: string): string {
  const f = readPacked(key, packed);
  const iso = (ms: number) => `"${new Date(ms).toISOString()}"`;
  const parts = [
    `{"id":${JSON.stringify(punchId(employeeCode, f.workday, f.kind, f.seq))}`,
    `"employeeCode":${JSON.stringify(employeeCode)}`,
    `"workday":"${f.workday}"`,
    `"kind":"${f.kind}"`,
    `"seq":${f.seq}`,
    `"at":${iso(f.at)}`,
    `"state":"${settledState(packed)}"`,
    `"attempts":${f.attempts}`,
    `"resends":${f.resends}`,
  ];
  if (f.notBefore !== undefined) parts.push(`"notBefore":${iso(f.notBefore)}`);
  if (f.retryAt !== undefined) parts.push(`"retryAt":${iso(f.retryAt)}`);
  if (f.reason !== undefined) parts.push(`"reason":${JSON.stringify(f.reason)}`);
  if (f.errorCode !== undefined) parts.push(`"errorCode":${JSON.stringify(f.errorCode)}`);
  if (f.reasonDetail !== undefined) parts.push(`"reasonDetail":${f.reasonDetail}`);
  parts.push(`"plannedAt":${iso(f.plannedAt)}`, `"updatedAt":${iso(f.updatedAt)}`);
  if (f.sentAt !== undefined) parts.push(`"sentAt":${iso(f.sentAt)}`);
  if (f.flags & Flag.ByResponse) parts.push('"confirmedBy":"response"');
  else if (f.flags & Flag.ByReconciliation) parts.push('"confirmedBy":"reconciliation"');
  return `${parts.join(',')}}`;
}
