import fc from 'fast-check';
import type { LedgerPunch } from '../../src/ledger/ledger-punch.js';
import { punchStates } from '../../src/ledger/punch-state.js';
import type { ReasonDetail } from '../../src/ledger/reason-detail.js';
import { punchId } from '../../src/punches/planned-punch.js';
import { punchKinds } from '../../src/punches/punch-kind.js';
import { punchJson } from '../../src/store/internal/record-codec.js';

/** The value domains of {@link ledgerPunchArbitrary}'s fields. */
export interface LedgerPunchDomains {
  employeeCode: fc.Arbitrary<string>;
  workday: fc.Arbitrary<string>;
  seq: fc.Arbitrary<number>;
  count: fc.Arbitrary<number>;
  /** Instants in ms since the epoch. */
  instant: fc.Arbitrary<number>;
  text: fc.Arbitrary<string>;
}

/** A reason detail, possibly wrapping another, with codes and values drawn from `text`. */
function reasonDetailArbitrary(text: fc.Arbitrary<string>): fc.Arbitrary<ReasonDetail> {
  const values = fc.dictionary(
    fc.constantFrom('until', 'message', 'employeeCode', 'a|b', ''),
    fc.oneof(text, fc.integer()),
    { maxKeys: 3 },
  );
  const detail = (cause?: fc.Arbitrary<ReasonDetail>) =>
    fc.record(
      {
        code: text.filter((code) => code.length > 0),
        values,
        ...(cause ? { cause } : {}),
      },
      { requiredKeys: ['code'] },
    ) as fc.Arbitrary<ReasonDetail>;
  return fc.oneof(detail(), detail(detail()));
}

/**
 * Any punch record as the ledger stores it — decoded from its JSON form, so optional fields are
 * absent rather than undefined — with fields drawn from `domains`.
 */
export function ledgerPunchArbitrary(domains: LedgerPunchDomains): fc.Arbitrary<LedgerPunch> {
  const { instant, text, count } = domains;
  return fc
    .record(
      {
        employeeCode: domains.employeeCode,
        workday: domains.workday,
        kind: fc.constantFrom(...punchKinds),
        seq: domains.seq,
        at: instant,
        state: fc.constantFrom(...punchStates),
        attempts: count,
        resends: count,
        notBefore: instant,
        retryAt: instant,
        reason: text,
        errorCode: text,
        reasonDetail: reasonDetailArbitrary(text),
        plannedAt: instant,
        updatedAt: instant,
        sentAt: instant,
        confirmedBy: fc.constantFrom('response' as const, 'reconciliation' as const),
      },
      {
        requiredKeys: [
          'employeeCode',
          'workday',
          'kind',
          'seq',
          'at',
          'state',
          'attempts',
          'resends',
          'plannedAt',
          'updatedAt',
        ],
      },
    )
    .map((fields): LedgerPunch => {
      const record = {
        id: punchId(fields.employeeCode, fields.workday, fields.kind, fields.seq),
        ...fields,
        at: new Date(fields.at),
        plannedAt: new Date(fields.plannedAt),
        updatedAt: new Date(fields.updatedAt),
        ...(fields.notBefore === undefined ? {} : { notBefore: new Date(fields.notBefore) }),
        ...(fields.retryAt === undefined ? {} : { retryAt: new Date(fields.retryAt) }),
        ...(fields.sentAt === undefined ? {} : { sentAt: new Date(fields.sentAt) }),
      };
      return punchJson.parse(JSON.parse(JSON.stringify(record))) as LedgerPunch;
    });
}
