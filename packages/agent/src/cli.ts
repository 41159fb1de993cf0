#!/usr/bin/env node
// The `pclogin-agent` command line. This file only declares the commands: each command's
// implementation is loaded with import() when it runs, so that `--help` and every command
// start without loading what they do not use.
import { Command, CommanderError, Option } from 'commander';
import type { CommandModule } from './cli/run-command.js';
import type { WorkerCommandName } from './cli/worker/worker-commands.js';
import { VERSION } from './version.js';

// `pclogin-agent events DIR --json | head` closes the pipe early: that is the reader being
// done, not a failure, so stop quietly instead of dying with an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const program = new Command('pclogin-agent')
  .description('Turn SmartOn ID logon/logoff logs into KING OF TIME punches (出勤 / 退勤), exactly once.')
  .version(VERSION)
  .showHelpAfterError('(pclogin-agent --help lists the commands)')
  .exitOverride()
  .addHelpText(
    'after',
    `
Exit status: 0 success, 1 failure, 2 usage or configuration error.
Environment: PCLOGIN_ACCESS_TOKEN (アクセストークン), PCLOGIN_NOW (set the clock, like --now),
HTTPS_PROXY / NO_PROXY (when the configuration has no proxy).`,
  );

const lazy =
  (load: () => Promise<CommandModule>) =>
  async (...args: unknown[]): Promise<void> => {
    const { runCommand } = await import('./cli/run-command.js');
    await runCommand(load, args);
  };

// The commands that read logs or the ledger run on a worker thread whose heap is sized for
// their bounded working set (cli/worker/command-heap.ts), unless node was started with a heap
// size of the user's choice. The parser's own Command object, last, stays here.
const onWorker =
  (name: WorkerCommandName, { forwardSignals = false } = {}) =>
  async (...args: unknown[]): Promise<void> => {
    const commandArgs = args.slice(0, -1);
    const [{ heapChosenByUser }, { WORKER_COMMANDS }] = await Promise.all([
      import('./cli/worker/command-heap.js'),
      import('./cli/worker/worker-commands.js'),
    ]);
    if (heapChosenByUser()) {
      const { runCommand } = await import('./cli/run-command.js');
      await runCommand(WORKER_COMMANDS[name], commandArgs);
      return;
    }
    const { runOnWorker } = await import('./cli/worker/run-on-worker.js');
    await runOnWorker(name, commandArgs, { forwardSignals });
  };

const withConfig = (command: Command) =>
  command
    .option(
      '-c, --config <path>',
      'the configuration file (default: $PCLOGIN_CONFIG, else ./pclogin.config.json, else %ProgramData%\\pclogin\\pclogin.config.json on Windows, /etc/pclogin/pclogin.config.json on Linux)',
    )
    .option('--now <instant>', 'set the clock to an ISO 8601 instant, e.g. 2024-02-10T12:00:00+09:00');

withConfig(program.command('setup'))
  .description(
    'first-run wizard: 企業コード, access token (checked with KING OF TIME), log folder, proxy; writes the configuration where every command finds it, readable only by the service account and administrators, then runs doctor',
  )
  .addOption(
    new Option('--lang <lang>', 'the wizard’s language (default: the system’s)').choices(['ja', 'en']),
  )
  .option('--company-code <code>', '企業コード')
  .option('--access-token <token>', 'アクセストークン (prefer the PCLOGIN_ACCESS_TOKEN environment variable)')
  .option('--log-directory <dir>', "the SmartOn ID log folder (Windows default: the registry's setting)")
  .option(
    '--state-directory <dir>',
    'the folder for the ledger (default: %ProgramData%\\pclogin, /var/lib/pclogin)',
  )
  .option('--proxy <url>', 'the HTTP proxy, e.g. http://proxy.example.co.jp:8080')
  .option('--proxy-username <name>', 'the proxy user name')
  .option('--proxy-password <password>', 'the proxy password')
  .option('--kot-base-url <url>', 'a KING OF TIME Web API other than https://api.kingtime.jp/v1.0 (tests)')
  .option('--links-export <file>', 'then write the employee list as a linking CSV to this file')
  .option('--service-install', 'then install and start the service')
  .option(
    '--winsw <path>',
    'Windows: the WinSW executable for --service-install (default: beside pclogin-agent.exe)',
  )
  .option(
    '--skip-kot-check',
    'do not check the token with KING OF TIME now (a server not yet allowed through)',
  )
  .option('-y, --yes', 'ask nothing: take the options and the defaults')
  .action(lazy(() => import('./cli/commands/setup.js')));

program
  .command('demo')
  .description(
    'generate a week of SmartOn logs, deliver them to a local KING OF TIME simulator, and show what KOT holds (no credentials, no network)',
  )
  .option('--console', "then open the web console (pclogin-agent console) on the demo's data until Ctrl+C")
  .action(lazy(() => import('./cli/commands/demo.js')));

withConfig(program.command('run'))
  .description('read the log folder and deliver punches to KING OF TIME; keeps watching until stopped')
  .option(
    '--once',
    'process everything available, deliver what is due, reconcile, and exit: 0 when nothing is left to deliver, 3 when punches are left (see --max-wait)',
  )
  .option(
    '--max-wait <seconds>',
    'with --once: how long to wait for retries and checks of uncertain punches before giving up with status 3 (default: 120)',
  )
  .option('--json', 'with --once: print a summary as JSON on stdout')
  .option(
    '--repair',
    'open a damaged (or restored) ledger: keep what it holds, and check KING OF TIME before sending anything not known as sent',
  )
  .action(onWorker('run', { forwardSignals: true }));

withConfig(program.command('retry'))
  .description('send failed punches again once their cause is fixed (all, or the ids status shows)')
  .argument('[ids...]', 'punch ids, e.g. 0001|2024-02-07|clockIn|0')
  .action(lazy(() => import('./cli/commands/retry.js')));

const corrections = program.command('corrections').description('items a person fixes in KING OF TIME');
withConfig(corrections.command('resolve'))
  .description('mark correction items as fixed (after editing the day in KING OF TIME)')
  .argument('<ids...>', 'correction ids as status shows them')
  .action(lazy(() => import('./cli/commands/corrections-resolve.js')));

withConfig(program.command('status'))
  .description('punches by state, what waits and until when, failures and correction items')
  .option('--json', 'print one JSON object')
  .action(lazy(() => import('./cli/commands/status.js')));

withConfig(program.command('punches'))
  .description(
    'the punches per employee and working day: planned (for when), sent (when), uncertain, failed (why); --check puts what KING OF TIME holds beside them',
  )
  .option('--date <date>', 'only this working day, YYYY-MM-DD')
  .option('--from <date>', 'first working day, YYYY-MM-DD (default: six days before today)')
  .option('--to <date>', 'last working day, YYYY-MM-DD')
  .option('--employee <code>', 'only this employee (打刻先アカウント)')
  .option('--check', 'read what KING OF TIME holds for those days and mark the differences')
  .option('--json', 'one JSON object per employee and working day')
  .action(lazy(() => import('./cli/commands/punches.js')));

withConfig(program.command('doctor'))
  .description(
    'check the configuration, log folder, links, token, proxy and clock, with a fix for each problem',
  )
  .option('--json', 'print the checks as one JSON object')
  .action(lazy(() => import('./cli/commands/doctor.js')));

program
  .command('inspect')
  .description('how a SmartOn log file is read: encoding, delimiter, header, columns, event words, bad lines')
  .argument('<file>', 'a SmartOn log CSV file')
  .option('-c, --config <path>', 'use the csv and timeZone settings of this configuration file')
  .option('--json', 'print the report as JSON')
  .action(onWorker('inspect'));

program
  .command('events')
  .description('the events in SmartOn log files or folders, oldest first; bad rows go to stderr')
  .argument('<paths...>', 'files or folders')
  .option('-c, --config <path>', 'use the csv and timeZone settings of this configuration file')
  .option('--time-zone <zone>', 'the IANA time zone of the logs (default: Asia/Tokyo)')
  .option('--json', 'one JSON object per line')
  .action(onWorker('events'));

program
  .command('daily')
  .description('the working-day summary per account or employee: 出勤 (first log) and 退勤 (last log)')
  .argument('<paths...>', 'files or folders')
  .option(
    '-c, --config <path>',
    "use this configuration file's csv and timeZone settings, and the agent's working days and links",
  )
  .option('--links <file>', 'the linking CSV: show the KOT employee code of each linked account')
  .option(
    '--day-border <HH:MM>',
    "one day-change time (日付変更時刻) for everyone (default: the agent's, per division, when a configuration file is given or found; else 00:00)",
  )
  .option('--time-zone <zone>', 'the IANA time zone (default: Asia/Tokyo)')
  .option('--from <date>', 'first working day to show, YYYY-MM-DD')
  .option('--to <date>', 'last working day to show, YYYY-MM-DD')
  .option('--json', 'one JSON object per line')
  .action(onWorker('daily'));

program
  .command('logs')
  .description(
    "PC Login's log view: every event, with the remark ログオン (first of the day) or ログオフ (last)",
  )
  .argument('<paths...>', 'files or folders')
  .option(
    '-c, --config <path>',
    "use this configuration file's csv and timeZone settings, and the agent's working days",
  )
  .option('--date <date>', 'only this working day, YYYY-MM-DD')
  .option(
    '--day-border <HH:MM>',
    "one day-change time (日付変更時刻) for everyone (default: the agent's, per division, when a configuration file is given or found; else 00:00)",
  )
  .option('--time-zone <zone>', 'the IANA time zone (default: Asia/Tokyo)')
  .option('--json', 'one JSON object per line')
  .action(onWorker('logs'));

withConfig(program.command('console'))
  .description(
    'a local web console: 状態, 日別データ, ログ表示, アカウント連携 and 補正, on 127.0.0.1 with an access key',
  )
  .option('--port <port>', 'the port (0: any free port)', '0')
  .option(
    '--listen <address>',
    'listen on this address instead of 127.0.0.1: other computers can reach it (trusted networks only)',
  )
  .option('--read-only', 'show everything, change nothing')
  .action(lazy(() => import('./cli/commands/console.js')));

const links = program.command('links').description('the linking CSV (サービスアカウント ⇔ 打刻先アカウント)');
withConfig(links.command('export'))
  .description("write KOT's employee list as a linking CSV to edit, as PC Login's CSV データ出力 does")
  .requiredOption('-o, --out <file>', 'the CSV file to write')
  .addOption(
    new Option('--encoding <encoding>', 'the file encoding').choices(['cp932', 'utf-8']).default('cp932'),
  )
  .action(lazy(() => import('./cli/commands/links-export.js')));
withConfig(links.command('import'))
  .description('validate a linking CSV against the employee list and store it for the agent')
  .argument('<file>', 'the edited linking CSV')
  .action(lazy(() => import('./cli/commands/links-import.js')));
withConfig(links.command('check'))
  .description('validate a linking CSV (default: the stored one); exit status 1 on errors')
  .argument('[file]', 'the linking CSV to check')
  .option('--json', 'print the problems as JSON')
  .action(lazy(() => import('./cli/commands/links-check.js')));

const service = program
  .command('service')
  .description('run the agent as a Windows service or a systemd unit');
withConfig(service.command('install'))
  .description('install and start the service (Windows: WinSW; Linux: systemd)')
  .option('--winsw <path>', 'Windows: the WinSW executable you placed for the service (see the guide)')
  .option('--unit-dir <dir>', 'Linux: where to write the unit', '/etc/systemd/system')
  .action(lazy(() => import('./cli/commands/service-install.js')));
withConfig(service.command('uninstall'))
  .description('stop and remove the service')
  .option('--winsw <path>', 'Windows: the WinSW executable the service was installed with')
  .option('--unit-dir <dir>', 'Linux: where the unit was written', '/etc/systemd/system')
  .action(lazy(() => import('./cli/commands/service-uninstall.js')));
withConfig(service.command('print'))
  .description('show what install would write, on any platform')
  .addOption(new Option('--platform <platform>', 'which service definition').choices(['windows', 'linux']))
  .option('--winsw <path>', 'Windows: the WinSW executable the service would use')
  .action(lazy(() => import('./cli/commands/service-print.js')));

// No top-level await: the single executable runs this file as one CommonJS script.
program.parseAsync(process.argv).catch((error: unknown) => {
  // Anything but the parser's own complaint is a bug: let it end the process with its stack.
  if (!(error instanceof CommanderError)) throw error;
  // Help and version end with 0; every other complaint of the parser is a usage error.
  process.exitCode = error.exitCode === 0 ? 0 : 2;
});
