import { z } from 'zod';
import { LedgerTransactionError } from '../../ledger/errors/ledger-transaction-error.js';
import { LedgerTransitionError } from '../../ledger/errors/ledger-transition-error.js';
import { planPunch } from '../../ledger/internal/transitions.js';
import type { JsonValue } from '../../ledger/json-value.js';
import type { LedgerCorrection } from '../../ledger/ledger-correction.js';
import type { LedgerPunch } from '../../ledger/ledger-punch.js';
import { canTransition, type PunchState, punchStates } from '../../ledger/punch-state.js';
import { type PlannedPunch, punchId } from '../../punches/planned-punch.js';
import { punchKinds } from '../../punches/punch-kind.js';
import type { LedgerTransaction, PlanOutcome } from '../ledger-transaction.js';
import type { PunchQuery } from '../punch-query.js';
import { cloneCorrection, cloneJson, clonePunch } from './clone.js';
import { changeJson, describeIssue, type LedgerChange } from './record-codec.js';

type Keyed = 'checkpoints' | 'state' | 'caches';

const plannedPunchInput = z.object({
  id: z.string().min(1),
  employeeCode: z.string().min(1),
  workday: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  kind: z.enum(punchKinds),
  seq: z.number().int().nonnegative(),
  at: z.date().refine((date) => !Number.isNaN(date.getTime()), 'invalid date'),
});

/** Why a punch inserted after a repair starts `uncertain`. */
export const repairedReason = 'the ledger was repaired after damage; checking KING OF TIME before sending';

/**
 * The whole ledger in memory: what both stores query. A transaction is first *prepared*
 * (checked, turned into the full records it produces, nothing changed) and then *applied*; the
 * file store writes the prepared change to disk in between, and replays the same changes on open.
 */
export class LedgerImage {
  seq = 0;
  /** The last transaction that wrote a pipeline state value (see LedgerStore.stateSeq). */
  stateSeq = 0;
  /** Set by a repair: punches planned for earlier instants start `uncertain` (see FileLedgerStore's `repair`). */
  repairedAt: Date | undefined;
  private readonly punches = new Map<string, LedgerPunch>();
  private readonly byState = new Map<PunchState, Set<string>>(punchStates.map((state) => [state, new Set()]));
  private readonly byEmployee = new Map<string, Set<string>>();
  private readonly keyed: Record<Keyed, Map<string, JsonValue>> = {
    checkpoints: new Map(),
    state: new Map(),
    caches: new Map(),
  };
  private readonly correctionsById = new Map<string, LedgerCorrection>();

  /**
   * Checks `transaction` and returns the change it makes (the JSON text to persist and its
   * decoded form) without applying it. Throws a LedgerError and changes nothing when invalid.
   */
  prepare(
    transaction: LedgerTransaction,
    now: Date,
  ): { text: string; change: LedgerChange; planned: Omit<PlanOutcome, 'record'>[]; withdrawn: string[] } {
    const touched = new Map<string, LedgerPunch>();
    const current = (id: string) => touched.get(id) ?? this.punches.get(id);
    const planned: Omit<PlanOutcome, 'record'>[] = [];

    (transaction.plan ?? []).forEach((punch, index) => {
      checkPlanned(punch, `plan[${index}]`);
      const existing = current(punch.id);
      const { outcome, record } = planPunch(existing, punch, now);
      if (outcome === 'inserted' && this.repairedAt && punch.at.getTime() <= this.repairedAt.getTime()) {
        touched.set(punch.id, { ...record, state: 'uncertain', reason: repairedReason });
      } else if (outcome === 'inserted' || outcome === 'updated') {
        touched.set(punch.id, record);
      }
      planned.push({ id: punch.id, outcome });
    });

    (transaction.punches ?? []).forEach((punch, index) => {
      const field = `punches[${index}]`;
      checkPlanned(punch, field);
      const existing = current(punch.id);
      if (!canTransition(existing?.state, punch.state)) {
        throw new LedgerTransitionError({ punchId: punch.id, from: existing?.state, to: punch.state });
      }
      if (existing && existing.state !== 'planned' && existing.at.getTime() !== punch.at.getTime()) {
        throw new LedgerTransitionError({
          punchId: punch.id,
          from: existing.state,
          to: punch.state,
          reason: 'its time is fixed once a request for it has started',
        });
      }
      touched.set(punch.id, punch);
    });

    const withdrawn: string[] = [];
    for (const id of transaction.withdraw ?? []) {
      if (current(id)?.state === 'planned') {
        withdrawn.push(id);
        touched.delete(id);
      }
    }

    const forget = [...(transaction.forget ?? [])];
    forget.forEach((id, index) => {
      const state = current(id)?.state;
      if (state !== 'sent' && state !== 'failed') {
        throw new LedgerTransactionError({
          field: `forget[${index}]`,
          reason: `only sent or failed punches can be forgotten; ${id} is ${state ?? 'not in the ledger'}`,
        });
      }
      touched.delete(id);
    });

    const corrections = (transaction.corrections ?? []).map((input, index): LedgerCorrection => {
      if (!input.id) throw new LedgerTransactionError({ field: `corrections[${index}].id`, reason: 'empty' });
      const existing = this.correctionsById.get(input.id);
      const { createdAt: _c, resolvedAt: _r, ...rest } = input as LedgerCorrection;
      return {
        ...rest,
        createdAt: existing?.createdAt ?? now,
        ...(existing?.resolvedAt ? { resolvedAt: existing.resolvedAt } : {}),
      };
    });
    (transaction.resolveCorrections ?? []).forEach((id, index) => {
      const existing = corrections.find((c) => c.id === id) ?? this.correctionsById.get(id);
      if (!existing) {
        throw new LedgerTransactionError({
          field: `resolveCorrections[${index}]`,
          reason: `no correction ${id}`,
        });
      }
      corrections.push({ ...existing, resolvedAt: now });
    });

    // The change's JSON text, with each keyed value stringified once (checked storable on the
    // way): the same text JSON.stringify(draft) gives, without stringifying and parsing every
    // value twice. Parsing it back gives the stored form (what a replay reads).
    const text =
      `{"seq":${this.seq + 1},"committedAt":${JSON.stringify(now)}` +
      `,"punches":${JSON.stringify([...touched.values()])}` +
      `,"forget":${JSON.stringify([...withdrawn, ...forget])}` +
      `,"checkpoints":${jsonObject(transaction.checkpoints, 'checkpoints')}` +
      `,"state":${jsonObject(transaction.state, 'state')}` +
      `,"caches":${jsonObject(transaction.caches, 'caches')}` +
      `,"corrections":${JSON.stringify(corrections)}}`;
    const parsed = changeJson.safeParse(JSON.parse(text));
    if (!parsed.success) {
      throw new LedgerTransactionError({ field: 'transaction', reason: describeIssue(parsed.error) });
    }
    return { text, change: parsed.data, planned, withdrawn };
  }

  /** Applies a prepared (or replayed) change. */
  apply(change: LedgerChange): void {
    for (const punch of change.punches) {
      const old = this.punches.get(punch.id);
      if (old) this.byState.get(old.state)!.delete(punch.id);
      this.punches.set(punch.id, punch as LedgerPunch);
      this.byState.get(punch.state)!.add(punch.id);
      const employee = this.byEmployee.get(punch.employeeCode) ?? new Set<string>();
      employee.add(punch.id);
      this.byEmployee.set(punch.employeeCode, employee);
    }
    for (const id of change.forget) {
      const old = this.punches.get(id);
      if (!old) continue;
      this.byState.get(old.state)!.delete(id);
      this.byEmployee.get(old.employeeCode)?.delete(id);
      this.punches.delete(id);
    }
    for (const name of ['checkpoints', 'state', 'caches'] as const) {
      for (const [key, value] of Object.entries(change[name])) {
        if (name === 'state') this.stateSeq = change.seq;
        if (value === null) this.keyed[name].delete(key);
        else this.keyed[name].set(key, value);
      }
    }
    for (const correction of change.corrections) {
      this.correctionsById.set(correction.id, correction as LedgerCorrection);
    }
    if (change.repairedAt) this.repairedAt = change.repairedAt;
    this.seq = change.seq;
  }

  get(id: string): LedgerPunch | undefined {
    const punch = this.punches.get(id);
    return punch ? clonePunch(punch) : undefined;
  }

  list(query: PunchQuery = {}): LedgerPunch[] {
    const states =
      query.state === undefined ? undefined : typeof query.state === 'string' ? [query.state] : query.state;
    // The employee index is the narrower one when given (a ledger holds many employees' history).
    const ids =
      query.employeeCode !== undefined
        ? [...(this.byEmployee.get(query.employeeCode) ?? [])]
        : states
          ? states.flatMap((state) => [...this.byState.get(state)!])
          : [...this.punches.keys()];
    const found: LedgerPunch[] = [];
    for (const id of ids) {
      const punch = this.punches.get(id)!;
      if (states && !states.includes(punch.state)) continue;
      if (query.employeeCode !== undefined && punch.employeeCode !== query.employeeCode) continue;
      if (query.from !== undefined && punch.workday < query.from) continue;
      if (query.to !== undefined && punch.workday > query.to) continue;
      found.push(punch);
    }
    return sortAndLimit(found, query.limit);
  }

  counts(): Record<PunchState, number> {
    return Object.fromEntries(punchStates.map((state) => [state, this.byState.get(state)!.size])) as Record<
      PunchState,
      number
    >;
  }

  due(now: Date, limit?: number): LedgerPunch[] {
    const t = now.getTime();
    const found: LedgerPunch[] = [];
    for (const id of this.byState.get('planned')!) {
      const punch = this.punches.get(id)!;
      if (punch.at.getTime() <= t && (!punch.notBefore || punch.notBefore.getTime() <= t)) found.push(punch);
    }
    return sortAndLimit(found, limit);
  }

  value(name: Keyed, key: string): JsonValue | undefined {
    return cloneJson(this.keyed[name].get(key));
  }

  /** Copies of the values whose key starts with `prefix`, ordered by key. */
  valuesByPrefix(name: Keyed, prefix: string): [key: string, value: JsonValue][] {
    const found: [string, JsonValue][] = [];
    for (const [key, value] of this.keyed[name]) {
      if (key.startsWith(prefix)) found.push([key, cloneJson(value)]);
    }
    return found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  corrections(includeResolved: boolean): LedgerCorrection[] {
    return [...this.correctionsById.values()]
      .filter((c) => includeResolved || !c.resolvedAt)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map(cloneCorrection);
  }

  /** Every record, for a snapshot. */
  *entries(): Generator<
    | { type: 'punch'; value: LedgerPunch }
    | { type: 'correction'; value: LedgerCorrection }
    | { type: 'checkpoint' | 'state' | 'cache'; key: string; value: JsonValue }
  > {
    for (const value of this.punches.values()) yield { type: 'punch', value };
    for (const value of this.correctionsById.values()) yield { type: 'correction', value };
    for (const [key, value] of this.keyed.checkpoints) yield { type: 'checkpoint', key, value };
    for (const [key, value] of this.keyed.state) yield { type: 'state', key, value };
    for (const [key, value] of this.keyed.caches) yield { type: 'cache', key, value };
  }

  /** The number of records {@link entries} yields. */
  get size(): number {
    return (
      this.punches.size +
      this.correctionsById.size +
      this.keyed.checkpoints.size +
      this.keyed.state.size +
      this.keyed.caches.size
    );
  }
}

function checkPlanned(punch: PlannedPunch, field: string): void {
  const parsed = plannedPunchInput.safeParse(punch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LedgerTransactionError({
      field: [field, ...(issue?.path ?? []).map(String)].join('.'),
      reason: issue?.message ?? 'invalid',
    });
  }
  const expected = punchId(punch.employeeCode, punch.workday, punch.kind, punch.seq);
  if (punch.id !== expected) {
    throw new LedgerTransactionError({
      field: `${field}.id`,
      reason: `expected ${expected}, got ${punch.id}`,
    });
  }
}

/** The JSON text of an object of keyed values, each checked to be storable as JSON. */
function jsonObject(values: Readonly<Record<string, unknown>> | undefined, name: Keyed): string {
  let text = '{';
  for (const [key, value] of Object.entries(values ?? {})) {
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch (error) {
      throw new LedgerTransactionError({
        field: `${name}.${key}`,
        reason: `not storable as JSON (${String(error)})`,
      });
    }
    if (json === undefined) {
      throw new LedgerTransactionError({
        field: `${name}.${key}`,
        reason: 'not storable as JSON (use null to remove)',
      });
    }
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${json}`;
  }
  return `${text}}`;
}

function sortAndLimit(punches: LedgerPunch[], limit: number | undefined): LedgerPunch[] {
  punches.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return (limit === undefined ? punches : punches.slice(0, Math.max(0, limit))).map(clonePunch);
}
