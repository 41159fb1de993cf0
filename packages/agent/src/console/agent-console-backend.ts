import { constants } from 'node:fs';
import { copyFile, open, readFile, rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import type {
  ActionResult,
  ConsoleBackend,
  ConsoleStatus,
  DaysView,
  LinkChange,
  LinkProblemView,
  LinksSaveResult,
  LinksView,
  LogsView,
} from '@pclogin/console';
import {
  createAccountResolver,
  createPipeline,
  directoryWorkdayOptions,
  type EmployeeDirectory,
  employeeDisplayName,
  exportLinksFromDirectory,
  LedgerLockedError,
  type LedgerStore,
  type LinkProblem,
  type LinkRow,
  ledgerStatus,
  normalizeAccount,
  readLinksCsv,
  retryFailedPunches,
  SMARTON_LINK_TYPE,
  SMARTON_TYPE_CODE,
  writeLinksCsv,
} from '@pclogin/core';
import { isRestricted, nextAllowedAt } from '@pclogin/kot-client';
import { type AgentRequest, handToRunningAgent } from '../agent/agent-requests.js';
import { openAgentStore } from '../agent/open-agent-store.js';
import { readPassRecord } from '../agent/pass-record.js';
import { readLedgerView } from '../agent/read-ledger-view.js';
import { resolveLogDirectory } from '../agent/resolve-log-directory.js';
import { linkProblemText } from '../cli/format/describe-link-problem.js';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import { localizedError } from '../i18n/localized-error.js';
import { getLocale, t } from '../i18n/translate.js';
import { createKotClientFromConfig } from '../kot/create-kot-client-from-config.js';
import { loadEmployeeDirectory } from '../kot/load-employee-directory.js';
import type { Logger } from '../logging/logger.js';
import type { Redact } from '../logging/redactor.js';
import { agentLockHolder } from './agent-lock-holder.js';
import {
  annotatedLogRows,
  correctionView,
  dayRows,
  employeeNames,
  type KotHolds,
  kotKey,
  localTime,
  markKotDifferences,
  punchView,
  type ReadModelInput,
  suggestLinks,
  unlinkedInLogs,
} from './console-read-model.js';
import { createLogEventCache } from './log-event-cache.js';

/** Options of {@link createAgentConsoleBackend}. */
export interface AgentConsoleBackendOptions {
  /** The agent's clock (`--now`): "today", the restricted hours, the times shown. */
  clock: Clock;
  /** Where saves of the linking CSV and KING OF TIME reads are logged. */
  log: Logger;
  /** Removes secrets from error messages shown in a page. */
  redact: Redact;
  /** The real time, for file ages and the ledger lock's freshness (a `--now` clock is not). */
  realNow?: () => number;
  /** Ignore `HTTPS_PROXY` / `NO_PROXY` for KING OF TIME reads (the demo's simulator is local). */
  ignoreEnvironmentProxy?: boolean;
}

/** How far back from the newest log "recent logs" reach, for the 状態 screen's unlinked accounts. */
const RECENT_DAYS = 7;

/**
 * The console's data and actions on the agent's own files, beside a running service: the
 * ledger is read without its lock (as `status` reads it); the linking CSV is replaced
 * atomically with a backup (the running agent notices the change at its next pass); resolve
 * and retry take the ledger's lock for one commit, and say so when a running agent holds it.
 *
 * @example
 * const backend = createAgentConsoleBackend(config, { clock, log, redact });
 * const server = await startConsoleServer({ backend, secrets: [config.accessToken?.reveal()] });
 */
export function createAgentConsoleBackend(
  config: AgentConfig,
  { clock, log, redact, realNow = Date.now, ignoreEnvironmentProxy = false }: AgentConsoleBackendOptions,
): ConsoleBackend {
  const tz = config.timeZone;
  let logDirectory: string | undefined;
  const logs = createLogEventCache(config, async () => {
    logDirectory ??= (await resolveLogDirectory(config)).directory;
    return logDirectory;
  });

  function withView<T>(use: (view: ReturnType<typeof readLedgerView>) => Promise<T>): Promise<T> {
    const view = readLedgerView(config, clock);
    return use(view).finally(() => view.close());
  }

  async function cachedDirectory(view: ReturnType<typeof readLedgerView>) {
    return loadEmployeeDirectory({
      store: { cache: (key) => view.store.cache(key) },
      clock,
      refresh: 'cache',
    }).catch(() => undefined);
  }

  async function linkFile(directory: EmployeeDirectory | undefined) {
    const bytes = await readFile(config.linksFile).catch(() => undefined);
    if (!bytes)
      return { exists: false, encoding: 'cp932' as const, links: [], problems: [] as LinkProblem[] };
    const read = readLinksCsv(bytes, directory ? { directory } : {});
    return { exists: true, encoding: read.encoding, links: read.links, problems: read.problems };
  }

  async function modelInput(view: ReturnType<typeof readLedgerView>) {
    const loaded = await cachedDirectory(view);
    const directory = loaded?.directory;
    const file = await linkFile(directory);
    const resolver = createAccountResolver(
      file.links.filter((l) => l.employeeCode !== '' && l.serviceAccount !== ''),
      directory ? { directory } : {},
    );
    const read = await logs.read();
    const input: ReadModelInput = {
      events: read.events,
      resolveEmployee: resolver.resolve,
      workdayOptions: directory
        ? directoryWorkdayOptions(directory, { timeZone: tz, fallbackDayBorder: config.defaultDayBorder })
        : () => ({ timeZone: tz, dayBorder: config.defaultDayBorder }),
      timeZone: tz,
      names: employeeNames(directory),
    };
    return { loaded, directory, file, read, input };
  }

  async function kotHolds(
    from: string,
    to: string,
    directory: EmployeeDirectory | undefined,
  ): Promise<KotHolds> {
    if (!config.accessToken) throw new Error(t('console.noAccessToken'));
    const client = createKotClientFromConfig(config, {
      clock,
      log,
      ...(ignoreEnvironmentProxy ? { ignoreEnvironmentProxy } : {}),
    });
    const codeOf = new Map((directory?.employees ?? []).map((e) => [e.key, e.code]));
    const holds: KotHolds = new Map();
    for (const day of await client.timerecords.list({ start: from, end: to })) {
      for (const working of day.dailyWorkings) {
        const code = codeOf.get(working.employeeKey);
        if (!code) continue;
        const times = (c: string) =>
          working.timeRecord
            .filter((r) => r.code === c)
            .map((r) => new Date(r.time))
            .sort((a, b) => a.getTime() - b.getTime());
        const clockIn = times('1')[0];
        const clockOut = times('2').at(-1);
        holds.set(kotKey(code, working.date), {
          ...(clockIn ? { clockIn: localTime(clockIn, tz) } : {}),
          ...(clockOut ? { clockOut: localTime(clockOut, tz) } : {}),
        });
      }
    }
    return holds;
  }

  // Saves one after the other: each reads the file the previous one wrote.
  let linkWrites: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(write: () => Promise<T>): Promise<T> {
    const result = linkWrites.then(write, write);
    linkWrites = result.catch(() => undefined);
    return result;
  }

  /** Validates `bytes` as `links check` does and, without errors, puts them in place. */
  async function saveLinkBytes(
    bytes: Uint8Array,
    directory: EmployeeDirectory | undefined,
  ): Promise<LinksSaveResult> {
    const checked = readLinksCsv(bytes, directory ? { directory } : {});
    const errors = checked.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) return { ok: false, problems: errors.map(problemView) };
    const file = config.linksFile;
    const temporary = `${file}.${process.pid}.tmp`;
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    let backup: string | undefined;
    try {
      // A new backup for every save: never overwrite an older one (two saves in one second).
      const stamp = localTime(clock(), tz).replace(/[-: ]/g, '');
      for (let n = 1; backup === undefined; n++) {
        const name = `${file}.${stamp}${n === 1 ? '' : `-${n}`}.bak`;
        try {
          await copyFile(file, name, constants.COPYFILE_EXCL);
          backup = name;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        await rm(temporary, { force: true });
        throw error;
      }
      backup = undefined;
    }
    await rename(temporary, file);
    log.info(t('log.consoleLinksSaved'), { file, ...(backup ? { backup } : {}) });
    return {
      ok: true,
      file,
      ...(backup ? { backup } : {}),
      links: checked.links.filter((l) => l.employeeCode !== '' && l.serviceAccount !== '').length,
    };
  }

  /** The clock-outs that wait for their working day to end, as `status` lists them. */
  function upcomingClockOuts(store: ReturnType<typeof readLedgerView>['store']) {
    const never = (): never => {
      throw new Error('the console never sends');
    };
    return createPipeline({
      store,
      sink: { send: never, recorded: never },
      planning: { policy: config.clockOut, graceMinutes: config.clockOutGraceMinutes },
      now: clock,
    })
      .status()
      .upcoming.filter((u) => u.plannedAfter.getTime() > clock().getTime());
  }

  /**
   * One change of the ledger: committed under the ledger's lock, or — when a running agent (the
   * service) holds it — checked against a read-only view and handed to that agent through a
   * request file (as the `retry` and `corrections resolve` commands do), `queued`: it applies it
   * at its next poll. `valid` says whether the ids are known (open items, failed punches).
   */
  async function changeLedger(
    request: AgentRequest,
    valid: (store: LedgerStore) => boolean,
    action: (store: ReturnType<typeof openAgentStore>) => ActionResult,
  ): Promise<ActionResult> {
    // An empty request means "all" to the running agent: the console always names its ids.
    if (request.ids.length === 0) return { outcome: 'unknown-id', count: 0 };
    let store: ReturnType<typeof openAgentStore>;
    try {
      store = openAgentStore(config, clock);
    } catch (error) {
      if (!(error instanceof LedgerLockedError)) throw error;
      const view = readLedgerView(config, clock);
      try {
        if (!valid(view.store)) return { outcome: 'unknown-id', count: 0 };
      } finally {
        view.close();
      }
      handToRunningAgent(config, request);
      const owner = error.owner;
      log.info(t('log.consoleRequestHanded'), {
        command: request.command,
        count: request.ids.length,
        ...(owner ? { pid: owner.pid } : {}),
      });
      return { outcome: 'queued', count: request.ids.length };
    }
    try {
      if (!valid(store)) return { outcome: 'unknown-id', count: 0 };
      return action(store);
    } finally {
      store.close();
    }
  }

  return {
    status: () =>
      withView(async (view) => {
        const now = clock();
        const s = ledgerStatus(view.store, { now });
        const { loaded, file, read, input } = await modelInput(view);
        // The newest logs: the last days up to the newest event (old folders and demos too).
        let newestAt = 0;
        for (const e of read.events) newestAt = Math.max(newestAt, e.at.getTime());
        const since = newestAt - RECENT_DAYS * 86_400_000;
        const recent = read.events.filter((e) => e.at.getTime() >= since);
        const holder = await agentLockHolder(view.directory, realNow());
        const pass = await readPassRecord(config);
        const restricted = isRestricted(now);
        const proxy = config.proxy;
        const status: ConsoleStatus = {
          at: localTime(now, tz),
          timeZone: tz,
          agent: holder
            ? {
                running: true,
                ...(holder.pid !== undefined ? { pid: holder.pid } : {}),
                ...(holder.hostname ? { hostname: holder.hostname } : {}),
                ...(holder.since ? { since: localTime(new Date(holder.since), tz) } : {}),
              }
            : { running: false },
          ...(pass
            ? {
                lastPass: {
                  at: localTime(new Date(pass.at), tz),
                  events: pass.events,
                  sent: pass.sent,
                  failed: pass.failed,
                  ...(pass.stopped ? { stopped: redact(pass.stopped) } : {}),
                  ...(pass.stopped && pass.stoppedByLang
                    ? {
                        stoppedByLang: {
                          ja: redact(pass.stoppedByLang.ja),
                          en: redact(pass.stoppedByLang.en),
                        },
                      }
                    : {}),
                },
              }
            : {}),
          ...(holder && pass?.nextBy ? { nextPassAt: localTime(new Date(pass.nextBy), tz) } : {}),
          counts: s.counts,
          due: s.due,
          unlinked: unlinkedInLogs(recent, file.links, tz),
          failed: s.failed.map((p) => punchView(p, tz, input.names)),
          uncertain: s.uncertain.map((w) => punchView(w.punch, tz, input.names, nextAllowedAt(w.until))),
          corrections: s.corrections.map((c) => correctionView(c, tz, input.names)),
          restricted: restricted ? { now: true, until: localTime(nextAllowedAt(now), tz) } : { now: false },
          token: { configured: config.accessToken !== undefined },
          ...(proxy
            ? { proxy: { url: withoutCredentials(proxy.url), authenticated: proxy.username !== undefined } }
            : {}),
          ...(read.directory ? { logDirectory: read.directory } : {}),
          ...(read.newest
            ? {
                newestLog: {
                  file: basename(read.newest.path),
                  modifiedAt: localTime(new Date(read.newest.mtimeMs), tz),
                  ageMinutes: Math.max(0, Math.round((realNow() - read.newest.mtimeMs) / 60_000)),
                },
              }
            : {}),
          ledgerDirectory: view.directory,
          linksFile: config.linksFile,
          ...(loaded
            ? {
                employeeList: {
                  fetchedAt: localTime(loaded.fetchedAt, tz),
                  employees: loaded.directory.employees.length,
                },
              }
            : {}),
          problems: [
            ...(file.exists ? [] : [`${config.linksFile}: no linking CSV yet`]),
            ...read.problems.slice(0, 10),
          ],
        };
        return status;
      }),

    days: (query) =>
      withView(async (view) => {
        const { directory, input: all } = await modelInput(view);
        // Only the events around the days asked for (a working day lies within three days of its date).
        const first = Date.parse(`${query.from}T00:00:00Z`) - 3 * 86_400_000;
        const last = Date.parse(`${query.to}T00:00:00Z`) + 3 * 86_400_000;
        const input = {
          ...all,
          events: all.events.filter((e) => e.at.getTime() >= first && e.at.getTime() <= last),
        };
        const punches = view.store.list({
          from: query.from,
          to: query.to,
          ...(query.employee ? { employeeCode: query.employee } : {}),
        });
        const rows = dayRows(input, punches, query);
        // 退勤 not planned yet: sent at the day's last log once the working day has ended.
        for (const u of upcomingClockOuts(view.store)) {
          const row = rows.find((r) => r.employeeCode === u.employeeCode && r.workday === u.workday);
          if (!row || row.punches.some((p) => p.kind === 'clockOut')) continue;
          row.punches.push({
            id: '',
            employeeCode: u.employeeCode,
            workday: u.workday,
            kind: 'clockOut',
            at: localTime(u.lastLogAt, tz),
            state: 'planned',
            attempts: 0,
            until: localTime(u.plannedAfter, tz),
          });
        }
        const result: DaysView = { from: query.from, to: query.to, rows };
        if (query.withKot) {
          try {
            markKotDifferences(rows, await kotHolds(query.from, query.to, directory));
            result.kot = { readAt: localTime(clock(), tz) };
          } catch (error) {
            result.kot = { error: redact(localizedError(error)[getLocale()]) };
          }
        }
        return result;
      }),

    logs: (query) =>
      withView(async (view) => {
        const { input: all, read } = await modelInput(view);
        // One working day asked for: only the events around it need their remarks worked out
        // (a working day lies within three days of its date, whatever its time zone and day border).
        const around = query.day ? Date.parse(`${query.day}T00:00:00Z`) : undefined;
        const input =
          around === undefined
            ? all
            : {
                ...all,
                events: all.events.filter((e) => Math.abs(e.at.getTime() - around) <= 3 * 86_400_000),
              };
        const rows = annotatedLogRows(input).filter(
          (r) =>
            (!query.day || r.workday === query.day) &&
            (!query.employee || r.employeeCode === query.employee) &&
            (!query.account || r.account === normalizeAccount(query.account)) &&
            (!query.computer || (r.computer ?? '').toLowerCase() === query.computer.toLowerCase()),
        );
        const start = (query.page - 1) * query.pageSize;
        const view_: LogsView = {
          rows: rows.slice(start, start + query.pageSize),
          total: rows.length,
          page: query.page,
          pageSize: query.pageSize,
          problems: read.problems.slice(0, 10),
        };
        return view_;
      }),

    links: () =>
      withView(async (view) => {
        const { loaded, directory, file, read } = await modelInput(view);
        const linkedBy = new Map<string, string[]>();
        for (const l of file.links) {
          if (l.serviceAccount === '') continue;
          const list = linkedBy.get(l.employeeCode) ?? [];
          list.push(l.serviceAccount);
          linkedBy.set(l.employeeCode, list);
        }
        const known = new Set((directory?.employees ?? []).map((e) => e.code));
        const result: LinksView = {
          file: config.linksFile,
          exists: file.exists,
          employees: (directory?.employees ?? []).map((e) => {
            const name = employeeDisplayName(e);
            return { code: e.code, ...(name ? { name } : {}), accounts: linkedBy.get(e.code) ?? [] };
          }),
          otherRows: file.links
            .filter((l) => !known.has(l.employeeCode))
            .map((l) => ({
              line: l.lineNumber,
              employeeCode: l.employeeCode,
              name: l.name,
              serviceAccount: l.serviceAccount,
            })),
          unlinked: unlinkedInLogs(read.events, file.links, tz).map((u) => ({
            ...u,
            suggestions: suggestLinks(u.account, directory),
          })),
          problems: file.problems.filter((p) => p.severity !== 'info').map(problemView),
          ...(loaded
            ? {
                employeeList: {
                  fetchedAt: localTime(loaded.fetchedAt, tz),
                  employees: loaded.directory.employees.length,
                },
              }
            : {}),
        };
        return result;
      }),

    saveLinks: (changes) =>
      oneAtATime(() =>
        withView(async (view) => {
          const directory = (await cachedDirectory(view))?.directory;
          const file = await linkFile(directory);
          const rows: LinkRow[] = file.links.map(({ lineNumber: _, ...row }) => row);
          for (const change of changes) applyChange(rows, change, directory);
          return saveLinkBytes(encodeLinks(rows, file.encoding), directory);
        }),
      ),

    importLinks: (bytes) =>
      oneAtATime(() =>
        withView(async (view) => saveLinkBytes(bytes, (await cachedDirectory(view))?.directory)),
      ),

    exportLinks: () =>
      withView(async (view) => {
        const directory = (await cachedDirectory(view))?.directory;
        const file = await linkFile(directory);
        const current = file.links.map(({ lineNumber: _, ...row }) => row);
        const rows = directory ? exportLinksFromDirectory(directory, { links: current }) : current;
        return { fileName: basename(config.linksFile), bytes: encodeLinks(rows, 'cp932') };
      }),

    resolveCorrections: async (ids) =>
      changeLedger(
        { command: 'resolve', ids: [...ids] },
        (store) => {
          const open = new Set(store.corrections().map((c) => c.id));
          return ids.every((id) => open.has(id));
        },
        (store) => {
          store.commit({ resolveCorrections: [...ids] });
          return { outcome: 'done', count: ids.length };
        },
      ),

    retryPunches: async (ids) =>
      changeLedger(
        { command: 'retry', ids: [...ids] },
        (store) => {
          const failed = new Set(store.list({ state: 'failed' }).map((p) => p.id));
          return ids.every((id) => failed.has(id));
        },
        (store) => {
          const requeued = retryFailedPunches(store, { ids: [...ids], now: clock });
          return { outcome: 'done', count: requeued.length };
        },
      ),
  };
}

function problemView(p: LinkProblem): LinkProblemView {
  return {
    line: p.line,
    severity: p.severity,
    code: p.code,
    message: p.message,
    fix: p.fix,
    byLang: { ja: linkProblemText(p, 'ja'), en: linkProblemText(p, 'en') },
  };
}

/** Applies one change to the rows of a linking CSV. */
function applyChange(rows: LinkRow[], change: LinkChange, directory: EmployeeDirectory | undefined): void {
  const account = normalizeAccount(change.serviceAccount);
  const mine = rows.filter((r) => r.employeeCode === change.employeeCode);
  const target = change.mode === 'set' ? mine[0] : mine.find((r) => r.serviceAccount === '');
  if (target) {
    target.serviceAccount = account;
    return;
  }
  if (account === '') return;
  const employee = directory?.employees.find((e) => e.code === change.employeeCode);
  rows.push({
    linkType: SMARTON_LINK_TYPE,
    typeCode: SMARTON_TYPE_CODE,
    employeeCode: change.employeeCode,
    name: employee ? employeeDisplayName(employee) : (mine[0]?.name ?? ''),
    serviceAccount: account,
  });
}

/** PC Login's CSV in CP932 as before, or UTF-8 (with BOM) when a name needs it or the file was UTF-8. */
function encodeLinks(rows: readonly LinkRow[], encoding: string): Uint8Array {
  if (encoding === 'cp932') {
    try {
      return writeLinksCsv(rows, { encoding: 'cp932' });
    } catch {
      // A name CP932 cannot hold: UTF-8 with a BOM, which the agent and Excel read.
    }
  }
  return writeLinksCsv(rows, { encoding: 'utf-8', bom: true });
}

function withoutCredentials(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return '(not a URL)';
  }
}
