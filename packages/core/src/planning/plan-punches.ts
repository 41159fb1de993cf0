import { z } from 'zod';
import type { DaySummary } from '../aggregation/day-summary.js';
import { type ClockOutPolicy, clockOutPolicies } from './clock-out-policy.js';
import type { ExistingPunches } from './existing-punch.js';
import { comparePunches, planDay } from './internal/plan-day.js';
import { PlanningOptionsError } from './planning-options-error.js';
import type { PunchPlan } from './punch-plan.js';

/** Options of {@link planPunches}. */
export interface PlanPunchesOptions {
  /** The days to plan, from `aggregator.summaries()`. Days without an `employeeCode` (unlinked accounts) get no punches. */
  summaries: Iterable<DaySummary>;
  /** The current time, from the caller's clock. */
  now: Date | number;
  /**
   * When 退勤 (clock-out) is planned; see {@link ClockOutPolicy}.
   * @default 'after-day-end'
   */
  policy?: ClockOutPolicy;
  /**
   * Minutes after the end of a working day before its 退勤 (and, with `after-day-end`, its
   * breaks) are planned, so that logs delivered late still count.
   * @default 10
   */
  graceMinutes?: number;
  /**
   * Plan 休憩開始/休憩終了 (break) pairs from the summaries' breaks (enable break detection in the
   * aggregator too). With `after-day-end` they are planned once the day has ended plus grace;
   * with `rolling`, as soon as both ends are known.
   * @default false
   */
  breaks?: boolean;
  /** What the ledger already holds, by punch id; see {@link ExistingPunches}. */
  existing?: ExistingPunches;
}

/** The default grace period after a working day's end, in minutes. */
export const DEFAULT_GRACE_MINUTES = 10;

const optionsSchema = z.object({
  summaries: z.custom<Iterable<DaySummary>>(
    (v) => v !== null && typeof v === 'object' && Symbol.iterator in v,
    'expected an iterable of day summaries',
  ),
  now: z.union([z.date(), z.number()]).refine((v) => Number.isFinite(+v), 'expected a valid time'),
  policy: z.enum(clockOutPolicies).optional(),
  graceMinutes: z.number().nonnegative().finite().optional(),
  breaks: z.boolean().optional(),
  existing: z
    .custom<ExistingPunches>(
      (v) => typeof v === 'function' || v instanceof Map,
      'expected a Map or a function',
    )
    .optional(),
});

/**
 * Plans the punches KING OF TIME should hold, from day summaries, the current time and what
 * the ledger already holds. Pure and repeatable: call it after every batch of logs; it
 * returns only what is new or changed.
 *
 * - 出勤 (clock-in) at the day's first log, as soon as it is known, id seq 0. Never a second
 *   one: a log earlier than a clock-in already sent (or in flight) becomes a correction item.
 * - 退勤 (clock-out) at the day's last log, by `policy`:
 *   - `after-day-end`: once `workdayBounds(day).end + graceMinutes` has passed; id seq 0, only
 *     ever one; a later log after it was sent becomes a correction item.
 *   - `rolling`: as soon as the day has a log later than its first; when a later log arrives
 *     after clock-out seq `n` was sent (or is in flight), a new clock-out seq `n + 1` is planned
 *     (KOT's clock-out overwrite keeps the latest); while seq `n` is still only planned, its
 *     time is updated instead. Seq numbers therefore count a day's clock-out revisions.
 * - A day with a single log (or all logs in one second) gets 出勤 only; once it has ended it
 *   is listed as a `single-log-day` correction item.
 * - Breaks (when `breaks`): pair `n` (1, 2, … in time order) is 休憩開始 and 休憩終了 with seq `n`.
 *   A pair that changes after it was sent becomes a correction item; unsent punches of a
 *   break that disappeared are listed in `withdrawn`.
 * - Times are whole seconds, as KOT records them.
 *
 * @throws {@link PlanningOptionsError} for invalid options.
 * @example
 * const plan = planPunches({ summaries: aggregator.summaries(), now: clock.now(), existing: (id) => ledger.get(id) });
 * ledger.plan(plan.punches);
 */
export function planPunches(options: PlanPunchesOptions): PunchPlan {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PlanningOptionsError(issue?.path.join('.') ?? '', issue?.message ?? 'invalid');
  }
  const existing = options.existing;
  const lookup =
    existing === undefined
      ? () => undefined
      : typeof existing === 'function'
        ? existing
        : (id: string) => existing.get(id);
  const plan: PunchPlan = { punches: [], corrections: [], withdrawn: [] };
  const context = {
    now: +options.now,
    graceMs: (options.graceMinutes ?? DEFAULT_GRACE_MINUTES) * 60_000,
    policy: options.policy ?? 'after-day-end',
    breaks: options.breaks ?? false,
    existing: lookup,
    plan,
  };
  for (const day of options.summaries) {
    if (day.employeeCode === undefined) continue;
    planDay({ ...day, employeeCode: day.employeeCode }, context);
  }
  plan.punches.sort(comparePunches);
  return plan;
}
