import type { LedgerCorrectionInput } from '../ledger/ledger-correction.js';
import type { CorrectionItem } from './correction-item.js';

/**
 * A correction item in the form the ledger records corrections: the same id, message and
 * punch kind, and the facts (reason, punch id, times as ISO strings, further values) as `detail`.
 */
export function toLedgerCorrection(item: CorrectionItem): LedgerCorrectionInput {
  return {
    id: item.id,
    employeeCode: item.employeeCode,
    workday: item.workday,
    kind: item.kind,
    message: item.message,
    detail: {
      reason: item.reason,
      punchId: item.punchId,
      ...(item.sentAt ? { sentAt: item.sentAt.toISOString() } : {}),
      ...(item.observedAt ? { observedAt: item.observedAt.toISOString() } : {}),
      ...(item.values ? { values: { ...item.values } } : {}),
    },
  };
}
