/**
 * The states a punch goes through in the ledger.
 *
 * - `planned`: known, not yet sent (possibly waiting until `notBefore` after a retryable failure).
 * - `sending`: committed just before the request; a punch found in this state when the ledger
 *   opens was being sent when the process died, and becomes `uncertain`.
 * - `sent`: KING OF TIME holds it (it answered 201, or reconciliation found it).
 * - `failed`: KING OF TIME certainly did not apply it and retrying will not help (the reason says why).
 * - `uncertain`: the request may or may not have been applied; reconciliation against KING OF
 *   TIME's recorded punches decides (`sent` when found, `planned` again when proved absent).
 */
export const punchStates = ['planned', 'sending', 'sent', 'failed', 'uncertain'] as const;

/** One of {@link punchStates}. */
export type PunchState = (typeof punchStates)[number];

/**
 * Every permitted state change; stores refuse any other. A new punch always starts `planned`.
 * `sent` is final. `uncertain → planned` is only taken when reconciliation proved the punch
 * absent from KING OF TIME, and `failed → planned` only on an explicit retry of a punch KING
 * OF TIME certainly did not apply: so a punch is never sent twice unless the first did not land.
 */
export const punchTransitions: Readonly<Record<PunchState, readonly PunchState[]>> = {
  planned: ['planned', 'sending', 'failed'],
  sending: ['sent', 'failed', 'uncertain', 'planned'],
  sent: [],
  failed: ['planned'],
  uncertain: ['uncertain', 'sent', 'planned'],
};

/** Whether a punch may go from `from` (`undefined`: not in the ledger yet) to `to`. */
export function canTransition(from: PunchState | undefined, to: PunchState): boolean {
  if (from === undefined) return to === 'planned';
  return punchTransitions[from].includes(to);
}
