import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type LogSourceIssue, writeLinksCsv } from '@pclogin/core';
import { createKotClient } from '@pclogin/kot-client';
import { startKotSimulator } from '@pclogin/kot-client/testing';
import { runWithConfig } from '../../agent/run-with-config.js';
import { resolveClock } from '../../clock/clock.js';
import type { AgentConfig } from '../../config/agent-config.js';
import { Secret } from '../../config/secret.js';
import { DEMO_COMPANY, DEMO_DIVISIONS, DEMO_NOW, DEMO_PEOPLE, demoRows } from '../../demo/demo-scenario.js';
import { demoLinks, demoSimulatorSeed } from '../../demo/demo-seed.js';
import { writeDemoLogs } from '../../demo/write-demo-logs.js';
import { t } from '../../i18n/translate.js';
import { createLogger } from '../../logging/logger.js';
import { createRedactor } from '../../logging/redactor.js';
import { kotPunchCell } from '../format/kot-punch-cell.js';
import { parseIssueReason } from '../format/parse-issue-reason.js';
import { renderTable } from '../format/text-table.js';
import { untilInterrupted } from '../until-interrupted.js';

/**
 * `pclogin-agent demo`: a week of generated SmartOn logs → the agent (the same code as
 * `run --once`) → a KING OF TIME simulator on 127.0.0.1; prints what KOT holds and what was
 * skipped. No credentials, no network; everything temporary is removed. `--console` then opens
 * the web console (`pclogin-agent console`) on the demo's data until Ctrl+C.
 */
export default async function demo(options: { console?: boolean } = {}): Promise<number> {
  const started = performance.now();
  const clock = resolveClock(DEMO_NOW);
  const dir = await mkdtemp(join(tmpdir(), 'pclogin-demo-'));
  const out = (text = '') => process.stdout.write(`${text}\n`);
  const sim = await startKotSimulator({ seed: demoSimulatorSeed(), token: DEMO_COMPANY.token, clock });
  try {
    const rows = demoRows();
    const logs = await writeDemoLogs(join(dir, 'logs'), rows);
    const linksFile = join(dir, 'links.csv');
    await writeFile(linksFile, writeLinksCsv(demoLinks()), { mode: 0o600 });
    const config: AgentConfig = {
      file: undefined,
      fileSource: undefined,
      companyCode: DEMO_COMPANY.code,
      accessToken: new Secret(DEMO_COMPANY.token),
      logDirectory: join(dir, 'logs'),
      stateDirectory: join(dir, 'state'),
      linksFile,
      kot: { baseUrl: sim.baseUrl, timeoutSeconds: 10, requestsPerSecond: 200 },
      proxy: undefined,
      timeZone: 'Asia/Tokyo',
      clockOut: 'after-day-end',
      clockOutGraceMinutes: 60,
      breaks: { enabled: false, minGapMinutes: 60 },
      csv: undefined,
      defaultDayBorder: '00:00',
      startDate: undefined,
      pollIntervalSeconds: 30,
      logFormat: 'text',
      logLevel: 'error',
    };
    out(t('demo.title'));
    out();
    out(
      t('demo.wrote', {
        files: logs.files.length,
        rows: rows.length,
        accounts: new Set(rows.map((r) => r.person.account)).size,
      }),
    );
    const log = createLogger({ level: 'error', clock });
    const report = await runWithConfig(config, { clock, log, once: true, ignoreEnvironmentProxy: true });
    if (!report) throw new Error('the demo pass did not run');
    out(
      t('demo.sent', {
        events: report.events,
        sent: report.sent,
        failed: report.failed,
        uncertain: report.uncertain,
      }),
    );
    out();

    // What KOT holds, read back through its Web API as any client would.
    const kot = createKotClient({
      token: DEMO_COMPANY.token,
      baseUrl: sim.baseUrl,
      proxy: false,
      rateLimit: false,
      clock: { now: clock, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    });
    const days = await kot.timerecords.list({ start: '2024-02-05', end: '2024-02-11' });
    const byKey = new Map(DEMO_PEOPLE.filter((p) => p.key).map((p) => [p.key!, p]));
    const table: string[][] = [];
    for (const day of days) {
      for (const working of day.dailyWorkings) {
        const person = byKey.get(working.employeeKey);
        if (!person || working.timeRecord.length === 0) continue;
        const first = (code: string) => working.timeRecord.find((r) => r.code === code);
        const clockIn = first('1');
        const clockOut = first('2');
        table.push([
          `${person.code} ${person.lastName} ${person.firstName}`,
          working.date.replace(/-/g, '/'),
          kotPunchCell(clockIn ? new Date(clockIn.time) : undefined),
          kotPunchCell(clockOut ? new Date(clockOut.time) : undefined),
        ]);
      }
    }
    table.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : 1));
    out(
      t('demo.workdays', {
        divisions: DEMO_DIVISIONS.map((d) => `${d.name} ${d.dayBorderTime}`).join(t('demo.listSeparator')),
      }),
    );
    out(t('demo.kotHolds'));
    out(
      renderTable(
        (['employee', 'date', 'clockIn', 'clockOut'] as const).map((c) => t(`table.${c}`)),
        table,
      ),
    );
    const errorDays = sim.errorDays();
    out(errorDays.length === 0 ? t('demo.noErrorDays') : t('demo.errorDays', { count: errorDays.length }));
    out();
    out(t('demo.skipped'));
    for (const u of report.unlinked) {
      out(t('demo.unlinked', { account: u.account, events: u.events, days: u.workdays.length }));
    }
    for (const issue of report.issues.filter((i) => i.severity === 'error')) out(issueLine(issue));
    const notes = report.issues.filter((i) => i.severity === 'warning');
    if (notes.length > 0) {
      out(t('demo.notes'));
      for (const issue of notes) out(issueLine(issue));
    }
    out();
    const status = errorDays.length === 0 && report.failed === 0 ? 0 : 1;
    if (options.console) {
      await serveConsole(config, clock, out);
      out(t('demo.consoleStopped'));
      return status;
    }
    out(t('demo.done', { seconds: ((performance.now() - started) / 1000).toFixed(1) }));
    out(t('demo.consoleHint'));
    return status;
  } finally {
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The web console on the demo's installation, until Ctrl+C (the simulator keeps answering). */
async function serveConsole(
  config: AgentConfig,
  clock: () => Date,
  out: (text?: string) => void,
): Promise<void> {
  const { startConsoleServer } = await import('@pclogin/console');
  const { createAgentConsoleBackend } = await import('../../console/agent-console-backend.js');
  const redact = createRedactor([config.accessToken]);
  const log = createLogger({ level: 'error', clock, redact });
  const backend = createAgentConsoleBackend(config, { clock, log, redact, ignoreEnvironmentProxy: true });
  const server = await startConsoleServer({ backend, secrets: [config.accessToken?.reveal()] });
  out(`${t('demo.consoleOpen')}\n  ${server.url}\n${t('console.stopHint')}`);
  await untilInterrupted();
  await server.close();
}

/** One skipped row or note as the demo lists it: file, line, the reason in the reader's language, the row. */
function issueLine(issue: LogSourceIssue): string {
  return t('demo.issue', {
    file: basename(issue.file ?? ''),
    line: String(issue.line),
    reason: parseIssueReason(issue),
    text: issue.text ? `  「${issue.text}」` : '',
  });
}
