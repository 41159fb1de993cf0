// One life of the crash test's agent, on the built package: opens the ledger, then ingests
// log batches (processEvents: aggregate, plan, commit with the checkpoint), reconciles and
// delivers until everything is settled, printing a line after every durable
// step so that the test can SIGKILL it at a random one.
//   node ledger-crash-worker.mjs run STATE_DIR KOT_FILE SEED
//   node ledger-crash-worker.mjs verify STATE_DIR KOT_FILE   (prints a JSON report)
import {
  createAggregatorCache,
  deliverDuePunches,
  FileLedgerStore,
  processEvents,
  reconcileUncertain,
} from '../../dist/index.js';
import { KotFileSink, readKotFile } from './kot-file-sink.mjs';
import { mulberry32 } from './mulberry32.mjs';
import { batches, expectedPunches, resolveEmployee, unknownEmployee } from './universe.mjs';

const [mode, stateDirectory, kotFile, seed] = process.argv.slice(2);
const step = (what) => process.stdout.write(`${what}\n`);

if (mode === 'run') {
  const random = mulberry32(Number(seed));
  step('opening');
  const store = FileLedgerStore.open(stateDirectory, { compactEvery: 7 });
  step('ready');
  const sink = new KotFileSink(kotFile, random, () => step('applied'));
  const all = batches();
  // The aggregator stays in memory between batches, as in the agent: a kill loses it, and the
  // next life restores what the ledger holds.
  const cache = createAggregatorCache();
  for (;;) {
    const next = store.checkpoint('synthetic') ?? 0;
    if (next < all.length) {
      // One batch: its punches, the aggregator state and the source's checkpoint, one transaction.
      processEvents({
        store,
        source: 'synthetic',
        events: all[next],
        checkpoint: next + 1,
        aggregator: { resolveEmployee, breaks: { enabled: true, minGapMinutes: 30 } },
        cache,
      });
      step('planned');
    }
    await reconcileUncertain({ store, sink, settleMs: 0, onOutcome: () => step('reconciled') });
    await deliverDuePunches({
      store,
      sink,
      limit: 4,
      retryBackoff: { baseMs: 1, maxMs: 4 },
      onOutcome: () => step('delivered'),
    });
    const counts = store.counts();
    if (next >= all.length && counts.planned + counts.uncertain + counts.sending === 0) break;
    await new Promise((resolve) => setImmediate(resolve)); // let timers (the lock's heartbeat) run
  }
  store.close();
  step('done');
} else if (mode === 'verify') {
  const kot = readKotFile(kotFile);
  const store = FileLedgerStore.open(stateDirectory);
  const planned = expectedPunches();
  const problems = [];
  for (const punch of planned) {
    const expected = punch.employeeCode === unknownEmployee ? 0 : 1;
    const held = kot.punches.filter(
      (p) =>
        p.employeeCode === punch.employeeCode &&
        p.workday === punch.workday &&
        p.kind === punch.kind &&
        p.at.getTime() === punch.at.getTime(),
    ).length;
    const state = store.get(punch.id)?.state ?? 'lost';
    if (state !== (expected ? 'sent' : 'failed')) problems.push(`${punch.id}: ${state} in the ledger`);
    if (held !== expected) problems.push(`${punch.id}: KING OF TIME holds it ${held} times`);
  }
  const records = store.list();
  const expectedIds = new Set(planned.map((p) => p.id));
  for (const record of records) {
    if (!expectedIds.has(record.id))
      problems.push(`${record.id}: planned but not expected (${record.state})`);
  }
  process.stdout.write(
    `${JSON.stringify({
      problems,
      planned: planned.length,
      expectedHeld: planned.filter((p) => p.employeeCode !== unknownEmployee).length,
      held: kot.punches.length,
      checkpoint: store.checkpoint('synthetic'),
      corrections: store.corrections().map((c) => c.id),
      batches: batches().length,
      resent: records.filter((p) => p.resends > 0).length,
      confirmedByReconciliation: records.filter((p) => p.confirmedBy === 'reconciliation').length,
      retried: records.filter((p) => p.attempts > 1).length,
      tornKotLines: kot.unreadable,
    })}\n`,
  );
  store.close();
}
