// Where the benchmarks meet the packages' public APIs: one place to adapt when an API changes.
// Each function resolves to what the workers call, or rejects saying what is missing.

/**
 * @pclogin/smarton-csv's streaming parse of one file, as `{ stream(path) → AsyncIterable<{ events, issues }> }`.
 */
export async function smartonParseApi() {
  const mod = await import('@pclogin/smarton-csv');
  if (typeof mod.streamLogFile !== 'function') {
    throw new Error(
      `@pclogin/smarton-csv exports no streamLogFile (exports: ${Object.keys(mod).join(', ')})`,
    );
  }
  return { stream: (path, options) => mod.streamLogFile(path, options) };
}

/**
 * @pclogin/smarton-csv's folder reader, as `{ read(dir, checkpoint, limits) → { checkpoint, events, done, filesLooked } }`
 * where `events` is the number of events returned, `filesLooked` the number of files the read
 * looked at (stat) and `limits` is the reader's own (`maxEvents`, `maxBytes`).
 */
export async function smartonReaderApi() {
  const [mod, fs] = await Promise.all([import('@pclogin/smarton-csv'), import('node:fs/promises')]);
  if (typeof mod.createLogFolderReader !== 'function') {
    throw new Error(
      `@pclogin/smarton-csv exports no createLogFolderReader (exports: ${Object.keys(mod).join(', ')})`,
    );
  }
  const readers = new Map();
  let looked = 0;
  // Counts the files a read looks at (readers that do not take the option ignore it).
  const statFile = (path) => {
    looked++;
    return fs.stat(path, { bigint: true });
  };
  return {
    async read(directory, checkpoint, limits) {
      let reader = readers.get(directory);
      if (!reader) {
        reader = mod.createLogFolderReader({ directory, statFile });
        readers.set(directory, reader);
      }
      looked = 0;
      const result = await reader.read(checkpoint, limits);
      return {
        checkpoint: result.checkpoint,
        events: result.events.length,
        done: result.done,
        filesLooked: looked,
      };
    },
  };
}

/**
 * What suite 4 composes: the KOT simulator, the client, core's durable ledger and delivery, and
 * the reference agent's KING OF TIME sink (a minimal stand-in while the agent does not export it).
 */
export async function deliveryApis() {
  const [testing, client, core, agent] = await Promise.all([
    import('@pclogin/kot-client/testing'),
    import('@pclogin/kot-client'),
    import('@pclogin/core'),
    import('@pclogin/agent').catch(() => ({})),
  ]);
  const missing = [
    ['@pclogin/kot-client/testing', testing.startKotSimulator],
    ['@pclogin/kot-client', client.createKotClient],
    ['@pclogin/core FileLedgerStore', core.FileLedgerStore],
    ['@pclogin/core deliverDuePunches', core.deliverDuePunches],
  ].filter(([, value]) => typeof value !== 'function');
  if (missing.length > 0) throw new Error(`not exported yet: ${missing.map(([name]) => name).join(', ')}`);
  const createSink =
    typeof agent.createKotPunchSink === 'function'
      ? agent.createKotPunchSink
      : ({ client: kot, directory }) => ({
          async send(punch) {
            const employee = directory().employees.find((e) => e.code === punch.employeeCode);
            try {
              await kot.timerecords.create(employee.key, {
                date: punch.workday,
                time: punch.at,
                code: punch.kind,
              });
            } catch (error) {
              const rateLimited = client.KotRateLimitError.isInstance(error);
              throw new core.PunchSendError({
                reason: error.message,
                retryable: true,
                maybeApplied: rateLimited ? false : (error.maybeApplied ?? true),
                scope: 'sink',
                ...(rateLimited ? { retryAt: error.retryAt } : {}),
                cause: error,
              });
            }
          },
          async recorded() {
            throw new core.PunchReadError({ reason: 'not needed by the benchmark' });
          },
        });
  return {
    startKotSimulator: testing.startKotSimulator,
    createKotClient: client.createKotClient,
    FileLedgerStore: core.FileLedgerStore,
    deliverDuePunches: core.deliverDuePunches,
    punchId: core.punchId,
    createSink,
    sinkSource:
      typeof agent.createKotPunchSink === 'function' ? '@pclogin/agent createKotPunchSink' : 'bench stand-in',
  };
}

/**
 * The in-process pipeline of suite 2, composed from the packages' public APIs exactly as
 * `pclogin-agent daily --links` composes them: linking CSV → account resolver; log file →
 * streamed events → aggregator → working-day summaries, printed and evicted two working days
 * behind the newest log.
 */
export async function pipelineApis() {
  const [csv, core] = await Promise.all([import('@pclogin/smarton-csv'), import('@pclogin/core')]);
  const missing = [
    ['@pclogin/smarton-csv streamLogFile', csv.streamLogFile],
    ['@pclogin/core readLinksCsv', core.readLinksCsv],
    ['@pclogin/core createAccountResolver', core.createAccountResolver],
    ['@pclogin/core createAggregator', core.createAggregator],
    ['@pclogin/core formatInstant', core.formatInstant],
    ['@pclogin/core workdayOf', core.workdayOf],
    ['@pclogin/core workdayBounds', core.workdayBounds],
    ['@pclogin/core addWorkdays', core.addWorkdays],
  ].filter(([, value]) => typeof value !== 'function');
  if (missing.length > 0) throw new Error(`not exported yet: ${missing.map(([name]) => name).join(', ')}`);
  return {
    streamLogFile: csv.streamLogFile,
    readLinksCsv: core.readLinksCsv,
    createAccountResolver: core.createAccountResolver,
    createAggregator: core.createAggregator,
    formatInstant: core.formatInstant,
    workdayOf: core.workdayOf,
    workdayBounds: core.workdayBounds,
    addWorkdays: core.addWorkdays,
  };
}

/**
 * The node flags equal to the heap the agent's commands run with (`COMMAND_HEAP_LIMITS`, on a
 * worker thread): what a bench worker standing for the agent, or an agent of one's own, uses.
 */
export async function agentHeapArgs() {
  const { COMMAND_HEAP_LIMITS: limits } = await import('@pclogin/agent');
  if (!limits) throw new Error('@pclogin/agent exports no COMMAND_HEAP_LIMITS');
  return [
    `--max-old-space-size=${limits.maxOldGenerationSizeMb}`,
    // The young generation is three semi-spaces' worth (two semi-spaces and as much for large objects).
    `--max-semi-space-size=${limits.maxYoungGenerationSizeMb / 3}`,
  ];
}
