import { z } from 'zod';
import type {
  KotSimulatorFault,
  KotSimulatorFaultMatch,
  KotSimulatorFaults,
  KotSimulatorInjectedFault,
  KotSimulatorRandomFaultChoice,
  KotSimulatorRandomFaults,
} from '../kot-simulator-fault.js';
import { parseInput } from './input-schemas.js';
import { createPrng } from './prng.js';

/** A fault chosen for one request. */
export type ChosenFault = Exclude<KotSimulatorRandomFaultChoice, string>;

const matchSchema = z.strictObject({
  method: z.string().min(1).optional(),
  path: z.union([z.string(), z.instanceof(RegExp)]).optional(),
});
const common = { times: z.number().int().positive().optional(), match: matchSchema.optional() };
const statusFault = z.strictObject({
  kind: z.literal('status'),
  status: z.number().int().min(400).max(599),
  body: z.unknown().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  ...common,
});
const delayFault = z.strictObject({
  kind: z.literal('delay'),
  ms: z.number().int().min(0).max(60_000),
  ...common,
});
const plainFault = z.strictObject({
  kind: z.enum(['hang', 'drop-before-apply', 'drop-after-apply', 'stall-body']),
  ...common,
});
const faultSchema = z.discriminatedUnion('kind', [statusFault, delayFault, plainFault]);
const kindSchema = z.enum(['status', 'hang', 'delay', 'drop-before-apply', 'drop-after-apply', 'stall-body']);
const randomSchema = z.strictObject({
  seed: z.number().int(),
  rate: z.number().min(0).max(1),
  kinds: z
    .array(
      z.union([
        kindSchema,
        statusFault.omit({ times: true, match: true }),
        delayFault.omit({ times: true, match: true }),
        plainFault.omit({ times: true, match: true }),
      ]),
    )
    .min(1)
    .optional(),
  match: matchSchema.optional(),
});

const DEFAULT_RANDOM_KINDS: readonly KotSimulatorRandomFaultChoice[] = [
  'status',
  'drop-before-apply',
  'drop-after-apply',
];
const RANDOM_STATUSES = [500, 502, 503];

function matches(match: KotSimulatorFaultMatch | undefined, method: string, path: string): boolean {
  if (!match) return true;
  if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
  if (match.path === undefined) return true;
  if (typeof match.path === 'string') return path.startsWith(match.path.replace(/^\/v1\.0(?=\/)/, ''));
  match.path.lastIndex = 0;
  return match.path.test(path);
}

/** Queued and random faults, consumed request by request. */
export class FaultController implements KotSimulatorFaults {
  private queue: { fault: KotSimulatorFault; remaining: number }[] = [];
  private randomMode: { settings: KotSimulatorRandomFaults; next: () => number } | undefined;
  private readonly log: KotSimulatorInjectedFault[] = [];

  add(fault: KotSimulatorFault): void {
    parseInput(faultSchema, fault, 'fault');
    this.queue.push({ fault: { ...fault }, remaining: fault.times ?? 1 });
  }

  random(settings: KotSimulatorRandomFaults | null): void {
    if (settings === null) {
      this.randomMode = undefined;
      return;
    }
    parseInput(randomSchema, settings, 'random');
    this.randomMode = { settings: { ...settings }, next: createPrng(settings.seed) };
  }

  clear(): void {
    this.queue = [];
    this.randomMode = undefined;
  }

  /** Also forget what was injected (for `sim.reset()`). */
  resetLog(): void {
    this.log.length = 0;
  }

  get pending(): readonly KotSimulatorFault[] {
    return this.queue.map(({ fault, remaining }) => ({ ...fault, times: remaining }));
  }

  get injected(): readonly KotSimulatorInjectedFault[] {
    return [...this.log];
  }

  /** The fault for this request, if any; consumes one use. `path` is below `/v1.0`. */
  take(method: string, path: string, loggedPath: string, now: Date): ChosenFault | undefined {
    const index = this.queue.findIndex((entry) => matches(entry.fault.match, method, path));
    let chosen: ChosenFault | undefined;
    let origin: KotSimulatorInjectedFault['origin'] = 'queued';
    if (index >= 0) {
      const entry = this.queue[index]!;
      entry.remaining -= 1;
      if (entry.remaining <= 0) this.queue.splice(index, 1);
      const { times: _times, match: _match, ...fault } = entry.fault;
      chosen = fault as ChosenFault;
    } else if (this.randomMode && matches(this.randomMode.settings.match, method, path)) {
      const { settings, next } = this.randomMode;
      if (next() < settings.rate) {
        const kinds = settings.kinds ?? DEFAULT_RANDOM_KINDS;
        chosen = this.resolveChoice(kinds[Math.floor(next() * kinds.length)]!, next);
        origin = 'random';
      }
    }
    if (chosen) {
      this.log.push({
        kind: chosen.kind,
        ...(chosen.kind === 'status' ? { status: chosen.status } : {}),
        method,
        path: loggedPath,
        origin,
        at: now,
      });
    }
    return chosen;
  }

  private resolveChoice(choice: KotSimulatorRandomFaultChoice, next: () => number): ChosenFault {
    if (typeof choice !== 'string') return { ...choice };
    if (choice === 'status') return { kind: 'status', status: RANDOM_STATUSES[Math.floor(next() * 3)]! };
    if (choice === 'delay') return { kind: 'delay', ms: 1 + Math.floor(next() * 20) };
    return { kind: choice };
  }
}
