import type { LogEvent } from '../events/log-event.js';

/** A problem a source met in its input: the row it skipped, or a note about a file. */
export interface LogSourceIssue {
  /** The file (or other stream) concerned. */
  file?: string;
  /** 1-based line, when the problem is about a row. */
  line?: number;
  /** `error`: the row was skipped; `warning`: it was kept, or the note is about the whole input. */
  severity: 'error' | 'warning';
  /** A machine-readable code of the source's own (e.g. `bad-timestamp`). */
  code: string;
  /** What is wrong and how to fix it. */
  reason: string;
  /** The row as text (never a secret), cut short. */
  text?: string;
}

/** One read of a {@link LogSource}. */
export interface LogSourceBatch {
  /** New events, in any order (the aggregator does not depend on it). */
  events: LogEvent[];
  /** What was skipped or noticed. */
  issues: LogSourceIssue[];
  /** Where to continue: committed with everything derived from `events`, in one transaction ({@link processEvents}). */
  checkpoint: unknown;
  /** `false` when a limit stopped the read before everything available was read. */
  done: boolean;
  /** How far the source is, in its own unit (bytes for files), for progress bars. */
  progress?: { done: number; total: number; unit: string };
  /** Inputs left for a later read and why (a locked file, an unfinished last line). */
  pending?: { file: string; reason: string }[];
}

/**
 * Where events come from: the only part of an agent that knows the log format. The SmartOn
 * CSV folder is one; another source (Windows Security events, a door system) implements these
 * two members and reuses everything else ({@link processEvents}, {@link createPipeline}).
 *
 * @example
 * ```ts
 * const source: LogSource = {
 *   name: 'door-log',
 *   async read(checkpoint) {
 *     const from = typeof checkpoint === 'number' ? checkpoint : 0;
 *     const lines = (await readFile('door.jsonl', 'utf8')).split('\n').slice(from).filter(Boolean);
 *     return { events: lines.map(toLogEvent), issues: [], checkpoint: from + lines.length, done: true };
 *   },
 * };
 * const batch = await source.read(store.checkpoint(source.name), { maxEvents: 10_000 });
 * processEvents({ store, source: source.name, events: batch.events, checkpoint: batch.checkpoint });
 * ```
 */
export interface LogSource {
  /** The key its checkpoint is stored under in the ledger (stable across releases). */
  readonly name: string;
  /**
   * The events written since `checkpoint` (`undefined`: from the start), at most about
   * `limits.maxEvents`. Throws only when the source itself cannot be read (e.g. the folder is
   * missing); bad rows are issues. When `limits.signal` fires, a source should stop soon
   * (within a second or so, even in the middle of a large file) and return what it has, with
   * `done: false`.
   */
  read(
    checkpoint: unknown,
    limits: { maxEvents?: number; maxBytes?: number; signal?: AbortSignal },
  ): Promise<LogSourceBatch>;
}
