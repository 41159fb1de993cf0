/**
 * The V8 heap the CLI commands that read logs run with, on a worker thread.
 *
 * Their live data is bounded (a batch of events, the open working days, the ledger), but with
 * Node's defaults on a machine with several GB of memory V8 lets the old generation grow to
 * about four times the live data before collecting it, and the young generation to 32 MB:
 * `daily` over a million rows peaked at ~156 MB for ~16 MB of live data. A maximum old
 * generation below 2 GB makes V8 grow it by at most ~1.8× (its growing factor falls with the
 * maximum), and an 8 MB semi-space (24 MB young generation) halves the nursery, at the same
 * speed: ~123 MB. 1.5 GB stays far above what the agent holds (a 10,000-employee ledger of 92
 * days is about 0.5 GB).
 *
 * An agent of your own that composes the packages can run its pipeline the same way: on a
 * `Worker` with these `resourceLimits`, or with `node --max-old-space-size=1536
 * --max-semi-space-size=8`.
 *
 * @example
 * new Worker(new URL('./my-agent.js', import.meta.url), { resourceLimits: COMMAND_HEAP_LIMITS });
 */
export const COMMAND_HEAP_LIMITS = {
  /** The old generation's maximum, MB. */
  maxOldGenerationSizeMb: 1536,
  /** The young generation's maximum, MB (three 8 MB semi-spaces' worth). */
  maxYoungGenerationSizeMb: 24,
} as const;

/** Heap flags of Node or V8 that show a deliberate choice of heap size. */
const HEAP_FLAG =
  /(?:^|\s)--(?:max[-_]old[-_]space[-_]size|max[-_]semi[-_]space[-_]size|max[-_]heap[-_]size)\b/;

/**
 * Whether whoever started node chose the heap size (`--max-old-space-size`,
 * `--max-semi-space-size` on node's command line or in `NODE_OPTIONS`): then commands run
 * with that choice on the main thread instead of on a worker with {@link COMMAND_HEAP_LIMITS}.
 */
export function heapChosenByUser(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string | undefined = process.env.NODE_OPTIONS,
): boolean {
  return execArgv.some((arg) => HEAP_FLAG.test(arg)) || HEAP_FLAG.test(nodeOptions ?? '');
}
