import { readFile } from 'node:fs/promises';
import { createKotPunchSink, loadEmployeeDirectory } from '@pclogin/agent';
import type { LogEvent } from '@pclogin/core';
import {
  createAccountResolver,
  createPipeline,
  directoryWorkdayOptions,
  FileLedgerStore,
  formatLinkProblem,
  readLinksCsv,
} from '@pclogin/core';
import type { KotClient } from '@pclogin/kot-client';
import { z } from 'zod';

// Step 1 — the parser. One JSON object per line:
// {"time":"2024-02-07T08:57:31+09:00","badge":"E1001","door":"north-gate","direction":"in"}
const doorRecord = z.object({
  time: z.iso.datetime({ offset: true }),
  badge: z.string().min(1),
  door: z.string(),
  direction: z.enum(['in', 'out']),
});

/** The events of the complete lines after line `from`; a bad line is reported by number and skipped. */
export function parseDoorLog(text: string, file: string, from = 0) {
  const lines = text.split('\n').slice(0, -1); // the last piece has no line end yet: read it next time
  const events: LogEvent[] = [];
  const problems: string[] = [];
  for (let index = from; index < lines.length; index++) {
    if (lines[index]!.trim() === '') continue;
    const where = { file, line: index + 1 };
    const parsed = doorRecord.safeParse(parseJson(lines[index]!));
    if (!parsed.success) {
      problems.push(`${file}:${where.line}: ${z.prettifyError(parsed.error)}`);
      continue;
    }
    const { time, badge, door, direction } = parsed.data;
    const kind = direction === 'in' ? 'logon' : 'logoff';
    events.push({ account: badge, at: new Date(time), kind, raw: direction, computer: door, source: where });
  }
  return { events, problems, checkpoint: lines.length };
}

const parseJson = (line: string): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    return line; // not JSON: the schema then says what was expected
  }
};

/** What one pass of the agent needs: the files, the state directory and a KING OF TIME client. */
export interface DoorAgentOptions {
  logFile: string;
  linksFile: string;
  stateDirectory: string;
  kot: KotClient;
  clock?: () => Date;
}

/** One pass: read what is new, link, aggregate and plan in the ledger, then deliver to KOT. */
export async function runDoorAgent(options: DoorAgentOptions) {
  const { logFile, linksFile, stateDirectory, kot, clock = () => new Date() } = options;
  const store = FileLedgerStore.open(stateDirectory, { now: clock });
  try {
    // Step 2 — link badges to KOT employees (PC Login's linking CSV: サービスアカウント = badge).
    const { directory } = await loadEmployeeDirectory({ client: kot, store, clock });
    const { links, problems } = readLinksCsv(await readFile(linksFile), { directory });
    const errors = problems.filter((p) => p.severity === 'error'); // a wrong link punches the wrong person
    if (errors.length > 0) throw new Error(errors.map((p) => formatLinkProblem(p, linksFile)).join('\n'));

    // Step 3 — aggregate working days and plan punches, in the ledger.
    const pipeline = createPipeline({
      store,
      sink: createKotPunchSink({ client: kot, directory: () => directory, now: clock }),
      aggregator: {
        resolveEmployee: createAccountResolver(links, { directory }).resolve,
        workdayOptions: directoryWorkdayOptions(directory),
      },
      now: clock,
    });
    const from = Number(pipeline.checkpoint('door-access') ?? 0);
    const log = parseDoorLog(await readFile(logFile, 'utf8'), logFile, from);
    const planned = pipeline.ingest('door-access', log.events, log.checkpoint);

    // Step 4 — deliver with the ledger: settle uncertain punches, then send what is due.
    const reconciled = await pipeline.reconcile();
    const delivered = await pipeline.deliver();
    return { problems: log.problems, planned, reconciled, delivered };
  } finally {
    store.close();
  }
}
