import type { PlannedPunch } from '../../punches/planned-punch.js';
import { LedgerTransitionError } from '../errors/ledger-transition-error.js';
import type { LedgerPunch, PunchConfirmation } from '../ledger-punch.js';
import type { PunchState } from '../punch-state.js';
import type { ReasonDetail } from '../reason-detail.js';

// The state machine as pure functions: each takes the stored record and returns the next one,
// or throws when the punch is not in a state the step starts from. Stores check the same rules
// again on commit (punchTransitions), so a caller that skips these cannot corrupt the ledger.

function expect(punch: LedgerPunch, to: PunchState, from: readonly PunchState[]): void {
  if (!from.includes(punch.state)) {
    throw new LedgerTransitionError({ punchId: punch.id, from: punch.state, to });
  }
}

/** Drops the fields that only belong to other states. */
function base(punch: LedgerPunch, now: Date, state: PunchState): LedgerPunch {
  const { notBefore, retryAt, reason, errorCode, reasonDetail, sentAt, confirmedBy, ...rest } = punch;
  return { ...rest, state, updatedAt: now };
}

/** What the ledger did with a planned punch. */
export type PlanOutcomeKind = 'inserted' | 'updated' | 'unchanged' | 'kept';

/**
 * A plan for `planned`: inserted when new, its time updated while it is still `planned`, and left
 * alone (`kept`) once a request for it has started: a sent punch's time is what KOT holds.
 */
export function planPunch(
  existing: LedgerPunch | undefined,
  punch: PlannedPunch,
  now: Date,
): { outcome: PlanOutcomeKind; record: LedgerPunch } {
  const identity = {
    id: punch.id,
    employeeCode: punch.employeeCode,
    workday: punch.workday,
    kind: punch.kind,
    seq: punch.seq,
    at: new Date(punch.at.getTime()),
  };
  if (existing === undefined) {
    return {
      outcome: 'inserted',
      record: { ...identity, state: 'planned', attempts: 0, resends: 0, plannedAt: now, updatedAt: now },
    };
  }
  if (existing.state !== 'planned') return { outcome: 'kept', record: existing };
  if (existing.at.getTime() === punch.at.getTime()) return { outcome: 'unchanged', record: existing };
  return { outcome: 'updated', record: { ...existing, at: identity.at, updatedAt: now } };
}

/** `planned → sending`: committed (and on disk) before the request starts. */
export function markSending(punch: LedgerPunch, now: Date): LedgerPunch {
  expect(punch, 'sending', ['planned']);
  return { ...base(punch, now, 'sending'), attempts: punch.attempts + 1 };
}

/** `sending | uncertain → sent`: KOT answered 201, or reconciliation found the punch. */
export function markSent(punch: LedgerPunch, now: Date, confirmedBy: PunchConfirmation): LedgerPunch {
  expect(punch, 'sent', ['sending', 'uncertain']);
  return { ...base(punch, now, 'sent'), sentAt: now, confirmedBy };
}

/** `planned | sending → failed`: KOT certainly did not apply it and retrying will not help. */
export function markFailed(
  punch: LedgerPunch,
  now: Date,
  reason: string,
  errorCode?: string,
  detail?: ReasonDetail,
): LedgerPunch {
  expect(punch, 'failed', ['planned', 'sending']);
  return {
    ...base(punch, now, 'failed'),
    reason,
    ...(errorCode ? { errorCode } : {}),
    ...(detail ? { reasonDetail: detail } : {}),
  };
}

/** `sending | uncertain → uncertain`: the outcome is unknown; reconcile not before `retryAt`. */
export function markUncertain(
  punch: LedgerPunch,
  now: Date,
  reason: string,
  options: {
    errorCode?: string | undefined;
    retryAt?: Date | undefined;
    detail?: ReasonDetail | undefined;
  } = {},
): LedgerPunch {
  expect(punch, 'uncertain', ['sending', 'uncertain']);
  return {
    ...base(punch, now, 'uncertain'),
    reason,
    ...(options.errorCode ? { errorCode: options.errorCode } : {}),
    ...(options.detail ? { reasonDetail: options.detail } : {}),
    ...(options.retryAt ? { retryAt: options.retryAt } : {}),
  };
}

/** `sending | planned → planned` until `notBefore`: KOT certainly did not apply it; try again later. */
export function markDeferred(
  punch: LedgerPunch,
  now: Date,
  notBefore: Date,
  reason: string,
  errorCode?: string,
  detail?: ReasonDetail,
): LedgerPunch {
  expect(punch, 'planned', ['sending', 'planned']);
  return {
    ...base(punch, now, 'planned'),
    notBefore,
    reason,
    ...(errorCode ? { errorCode } : {}),
    ...(detail ? { reasonDetail: detail } : {}),
  };
}

/** `uncertain → planned`: reconciliation proved KOT does not hold it, so it may be sent once more. */
export function markAbsent(punch: LedgerPunch, now: Date): LedgerPunch {
  expect(punch, 'planned', ['uncertain']);
  return {
    ...base(punch, now, 'planned'),
    resends: punch.resends + 1,
    reason: 'KING OF TIME does not hold it (checked); it will be sent again',
    reasonDetail: { code: 'absent-resend' },
  };
}

/** `failed → planned`: an explicit retry after the cause was fixed (KOT never applied a failed punch). */
export function markRequeued(punch: LedgerPunch, now: Date): LedgerPunch {
  expect(punch, 'planned', ['failed']);
  return base(punch, now, 'planned');
}
