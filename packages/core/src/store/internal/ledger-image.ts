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
import {
  packSettled,
  settledAt,
  settledJson,
  settledLocation,
  settledState,
  settledWorkday,
  unpackSettled,
} from './settled-punch.js';

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

/** A punch found by a query: a live record, or a packed settled one not unpacked yet. */
type Candidate =
  | { at: number; id: string; punch: LedgerPunch }
  | { at: number; id: string; punch?: undefined; employeeCode: string; key: string; packed: string };

/**
 * The whole ledger in memory: what both stores query. Settled punches (`sent`, `failed`), most
 * of a long-running ledger, are kept packed (see settled-punch.ts) and unpacked when read; the
 * others stay full records, indexed by state and employee. A transaction is first *prepared*
 * (checked, turned into the full records it produces, nothing changed) and then *applied*; the
 * file store writes the prepared change to disk in between, and replays the same changes on open.
 */
export class LedgerImage {
  seq = 0;
  /** The last transaction that wrote a pipeline state value (see LedgerStore.stateSeq). */
  stateSeq = 0;
  /** Set by a repair: punches planned for earlier instants start `uncertain` (see FileLedgerStore's `repair`). */
  repairedAt: Date | undefined;
  /** Punches not kept packed: every one not settled (and any settled one that cannot be packed exactly). */
  private readonly punches = new Map<string, LedgerPunch>();
  /** Packed settled punches: employee code → key → packed record. */
  private readonly settled = new Map<string, Map<string, string>>();
  private readonly settledCounts: Record<PunchState, number> = {
    planned: 0,
    sending: 0,
    sent: 0,
    failed: 0,
    uncertain: 0,
  };
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
    const current = (id: string) => touched.get(id) ?? this.find(id);
    const planned: Omit<PlanOutcome, 'record'>[] = [];

    (transaction.plan ?? []).forEach((punch, index) => {
      checkPlanned(punch, `plan[${index}]`);
      const existing = current(punch.id);
      const { outcome, record } = planPunch(existing, punch, now);
      if (outcome === 'inserted' && this.repairedAt && punch.at.getTime() <= this.repairedAt.getTime()) {
        touched.set(punch.id, {
          ...record,
          state: 'uncertain',
          reason: repairedReason,
          reasonDetail: { code: 'ledger-repaired' },
        });
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
    for (const punch of change.punches) this.putPunch(punch as LedgerPunch);
    for (const id of change.forget) this.remove(id);
    for (const name of ['checkpoints', 'state', 'caches'] as const) {
      for (const [key, value] of Object.entries(change[name])) {
        if (name === 'state') this.stateSeq = change.seq;
        this.putValue(name, key, value);
      }
    }
    for (const correction of change.corrections) this.putCorrection(correction as LedgerCorrection);
    if (change.repairedAt) this.repairedAt = change.repairedAt;
    this.seq = change.seq;
  }

  /** Stores a punch record (a decoded one: the image keeps it), replacing any with its id. */
  putPunch(punch: LedgerPunch): void {
    this.remove(punch.id);
    const packed = packSettled(punch);
    if (packed) {
      const [employeeCode, key, record] = packed;
      const employee = this.settled.get(employeeCode) ?? new Map<string, string>();
      employee.set(key, record);
      this.settled.set(employeeCode, employee);
      this.settledCounts[punch.state]++;
      return;
    }
    this.punches.set(punch.id, punch);
    this.byState.get(punch.state)!.add(punch.id);
    const employee = this.byEmployee.get(punch.employeeCode) ?? new Set<string>();
    employee.add(punch.id);
    this.byEmployee.set(punch.employeeCode, employee);
  }

  /** Stores a keyed value (`null` removes it). */
  putValue(name: Keyed, key: string, value: JsonValue): void {
    if (value === null) this.keyed[name].delete(key);
    else this.keyed[name].set(key, value);
  }

  /** Stores a correction (a decoded one: the image keeps it). */
  putCorrection(correction: LedgerCorrection): void {
    this.correctionsById.set(correction.id, correction);
  }

  /** Drops a punch wherever it is kept. */
  private remove(id: string): void {
    const old = this.punches.get(id);
    if (old) {
      this.byState.get(old.state)!.delete(id);
      this.byEmployee.get(old.employeeCode)?.delete(id);
      this.punches.delete(id);
      return;
    }
    const location = settledLocation(id);
    const employee = location && this.settled.get(location.employeeCode);
    const packed = employee?.get(location!.key);
    if (packed === undefined) return;
    employee!.delete(location!.key);
    if (employee!.size === 0) this.settled.delete(location!.employeeCode);
    this.settledCounts[settledState(packed)]--;
  }

  /** The stored record (not a copy: an unpacked settled punch is a new object anyway). */
  private find(id: string): LedgerPunch | undefined {
    const punch = this.punches.get(id);
    if (punch) return punch;
    const location = settledLocation(id);
    const packed = location && this.settled.get(location.employeeCode)?.get(location.key);
    return packed === undefined ? undefined : unpackSettled(location!.employeeCode, location!.key, packed);
  }

  get(id: string): LedgerPunch | undefined {
    const punch = this.punches.get(id);
    if (punch) return clonePunch(punch);
    return this.find(id);
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
    const found: Candidate[] = [];
    for (const id of ids) {
      const punch = this.punches.get(id)!;
      if (states && !states.includes(punch.state)) continue;
      if (query.employeeCode !== undefined && punch.employeeCode !== query.employeeCode) continue;
      if (query.from !== undefined && punch.workday < query.from) continue;
      if (query.to !== undefined && punch.workday > query.to) continue;
      found.push({ at: punch.at.getTime(), id, punch });
    }
    // Settled punches are filtered on their key and packed form; only those returned are unpacked.
    if (!states || states.some((state) => this.settledCounts[state] > 0)) {
      const employees =
        query.employeeCode !== undefined
          ? [[query.employeeCode, this.settled.get(query.employeeCode)] as const]
          : this.settled.entries();
      for (const [employeeCode, punches] of employees) {
        if (!punches) continue;
        for (const [key, packed] of punches) {
          if (states && !states.includes(settledState(packed))) continue;
          if (query.from !== undefined && settledWorkday(key) < query.from) continue;
          if (query.to !== undefined && settledWorkday(key) > query.to) continue;
          const kind = punchKinds[key.charCodeAt(11) - 0x30]!;
          const id = punchId(employeeCode, settledWorkday(key), kind, Number(key.slice(13)));
          found.push({ at: settledAt(packed), id, employeeCode, key, packed });
        }
      }
    }
    return sortAndLimit(found, query.limit);
  }

  counts(): Record<PunchState, number> {
    return Object.fromEntries(
      punchStates.map((state) => [state, this.byState.get(state)!.size + this.settledCounts[state]]),
    ) as Record<PunchState, number>;
  }

  due(now: Date, limit?: number): LedgerPunch[] {
    const t = now.getTime();
    const found: Candidate[] = [];
    for (const id of this.byState.get('planned')!) {
      const punch = this.punches.get(id)!;
      if (punch.at.getTime() <= t && (!punch.notBefore || punch.notBefore.getTime() <= t)) {
        found.push({ at: punch.at.getTime(), id, punch });
      }
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

  /**
   * The JSON text of every record, one snapshot line each: `{"type":"punch","value":…}` and so
   * on. Settled punches are written straight from their packed form.
   */
  *entries(): Generator<string> {
    for (const value of this.punches.values()) yield JSON.stringify({ type: 'punch', value });
    for (const [employeeCode, punches] of this.settled) {
      for (const [key, packed] of punches)
        yield `{"type":"punch","value":${settledJson(employeeCode, key, packed)}}`;
    }
    for (const value of this.correctionsById.values()) yield JSON.stringify({ type: 'correction', value });
    for (const [key, value] of this.keyed.checkpoints)
      yield JSON.stringify({ type: 'checkpoint', key, value });
    for (const [key, value] of this.keyed.state) yield JSON.stringify({ type: 'state', key, value });
    for (const [key, value] of this.keyed.caches) yield JSON.stringify({ type: 'cache', key, value });
  }

  /** The number of records {@link entries} yields. */
  get size(): number {
    return (
      this.punches.size +
      this.settledCounts.sent +
      this.settledCounts.failed +
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

function sortAndLimit(found: Candidate[], limit: number | undefined): LedgerPunch[] {
  found.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return (limit === undefined ? found : found.slice(0, Math.max(0, limit))).map((candidate) =>
    candidate.punch
      ? clonePunch(candidate.punch)
      : unpackSettled(candidate.employeeCode, candidate.key, candidate.packed),
  );
}
