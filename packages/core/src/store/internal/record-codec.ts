import { z } from 'zod';
import type { JsonValue } from '../../ledger/json-value.js';
import type { LedgerCorrection } from '../../ledger/ledger-correction.js';
import type { LedgerPunch } from '../../ledger/ledger-punch.js';
import { punchStates } from '../../ledger/punch-state.js';
import type { ReasonDetail } from '../../ledger/reason-detail.js';
import { punchKinds } from '../../punches/punch-kind.js';

// The on-disk (JSON) form of ledger records. Both stores push every change through
// encode → JSON text → decode, so the memory store keeps exactly what the file store would
// read back, and a file edited by hand is refused with the field at fault.

const instant = z.string().transform((text, ctx) => {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: `not an ISO 8601 instant: ${text}` });
    return z.NEVER;
  }
  return date;
});

// Every value these schemas see comes out of JSON.parse (of a log line, a snapshot line, or a
// transaction's own JSON text), so it is JSON by construction: checking it again value by value
// (z.json()) cost more than the rest of a commit for large state entries, and could never fail.
const jsonValue = z.custom<JsonValue>((value) => value !== undefined, 'expected a JSON value');

/** The JSON form of a {@link ReasonDetail} (nested when one reason wraps another). */
const reasonDetailJson: z.ZodType<ReasonDetail> = z.lazy(() =>
  z.object({
    code: z.string().min(1),
    values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    cause: reasonDetailJson.optional(),
  }),
);

/** The JSON form of a punch record. */
export const punchJson = z.object({
  id: z.string().min(1),
  employeeCode: z.string().min(1),
  workday: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  kind: z.enum(punchKinds),
  seq: z.number().int().nonnegative(),
  at: instant,
  state: z.enum(punchStates),
  attempts: z.number().int().nonnegative(),
  resends: z.number().int().nonnegative(),
  notBefore: instant.optional(),
  retryAt: instant.optional(),
  reason: z.string().optional(),
  errorCode: z.string().optional(),
  reasonDetail: reasonDetailJson.optional(),
  plannedAt: instant,
  updatedAt: instant,
  sentAt: instant.optional(),
  confirmedBy: z.enum(['response', 'reconciliation']).optional(),
});

const correctionJson = z.object({
  id: z.string().min(1),
  employeeCode: z.string(),
  workday: z.string(),
  kind: z.enum(punchKinds).optional(),
  message: z.string(),
  detail: jsonValue.optional(),
  createdAt: instant,
  resolvedAt: instant.optional(),
});

const keyed = z.record(z.string(), jsonValue);

/** One committed transaction as it is replayed: full records after the change, never operations. */
export const changeJson = z.object({
  seq: z.number().int().positive(),
  committedAt: instant,
  punches: z.array(punchJson).default([]),
  forget: z.array(z.string()).default([]),
  checkpoints: keyed.default({}),
  state: keyed.default({}),
  caches: keyed.default({}),
  corrections: z.array(correctionJson).default([]),
  repairedAt: instant.optional(),
});

/** A decoded {@link changeJson}. */
export type LedgerChange = z.output<typeof changeJson>;

/** Snapshot file lines after the header. */
export const snapshotEntryJson = z.discriminatedUnion('type', [
  z.object({ type: z.literal('punch'), value: punchJson }),
  z.object({ type: z.literal('correction'), value: correctionJson }),
  z.object({ type: z.literal('checkpoint'), key: z.string(), value: jsonValue }),
  z.object({ type: z.literal('state'), key: z.string(), value: jsonValue }),
  z.object({ type: z.literal('cache'), key: z.string(), value: jsonValue }),
]);

/** The first line of a snapshot file. */
export const snapshotHeaderJson = z.object({
  type: z.literal('header'),
  format: z.literal('pclogin-ledger-snapshot'),
  version: z.literal(1),
  seq: z.number().int().nonnegative(),
  entries: z.number().int().nonnegative(),
  repairedAt: instant.optional(),
});

/** Drops `undefined` properties and turns dates into ISO strings: the JSON form of a record. */
export function toJson(value: LedgerPunch | LedgerCorrection | LedgerChange): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** The first zod issue as `path: message`, for error messages. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}
