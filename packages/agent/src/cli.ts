#!/usr/bin/env node
// The `pclogin-agent` command line. This file only declares the commands: each command's
// implementation is loaded with import() when it runs, so that `--help` and every command
// start without loading what they do not use.
import { Command, CommanderError, Option } from 'commander';
import { localizeCommander } from './cli/localize-commander.js';
import type { CommandModule } from './cli/run-command.js';
import type { WorkerCommandName } from './cli/worker/worker-commands.js';
import { detectLocale, LOCALES } from './i18n/locale.js';
import { setLocale, t } from './i18n/translate.js';
import { VERSION } from './version.js';

// `pclogin-agent events DIR --json | head` closes the pipe early: that is the reader being
// done, not a failure, so stop quietly instead of dying with an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

// The language is known before the commands are declared, so that their help is in it too.
const locale = detectLocale();
setLocale(locale);

const program = new Command('pclogin-agent')
  .description(t('cli.description'))
  .version(VERSION, '-V, --version', t('cli.option.version'))
  .addOption(new Option('--lang <lang>', t('cli.option.lang')).choices(LOCALES))
  .showHelpAfterError(t('cli.helpAfterError'))
  .exitOverride()
  .addHelpText('after', `\n${t('cli.helpFooter')}`);
localizeCommander(program);

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
    .option('-c, --config <path>', t('cli.option.config'))
    .option('--now <instant>', t('cli.option.now'));

withConfig(program.command('setup'))
  .description(t('cmd.setup.description'))
  .option('--company-code <code>', t('cmd.setup.companyCode'))
  .option('--access-token <token>', t('cmd.setup.accessToken'))
  .option('--log-directory <dir>', t('cmd.setup.logDirectory'))
  .option('--state-directory <dir>', t('cmd.setup.stateDirectory'))
  .option('--proxy <url>', t('cmd.setup.proxy'))
  .option('--proxy-username <name>', t('cmd.setup.proxyUsername'))
  .option('--proxy-password <password>', t('cmd.setup.proxyPassword'))
  .option('--kot-base-url <url>', t('cmd.setup.kotBaseUrl'))
  .option('--links-export <file>', t('cmd.setup.linksExport'))
  .option('--service-install', t('cmd.setup.serviceInstall'))
  .option('--winsw <path>', t('cmd.setup.winsw'))
  .option('--skip-kot-check', t('cmd.setup.skipKotCheck'))
  .option('-y, --yes', t('cmd.setup.yes'))
  .action(lazy(() => import('./cli/commands/setup.js')));

program
  .command('demo')
  .description(t('cmd.demo.description'))
  .option('--console', t('cmd.demo.console'))
  .action(lazy(() => import('./cli/commands/demo.js')));

withConfig(program.command('run'))
  .description(t('cmd.run.description'))
  .option('--once', t('cmd.run.once'))
  .option('--max-wait <seconds>', t('cmd.run.maxWait'))
  .option('--json', t('cmd.run.json'))
  .option('--repair', t('cmd.run.repair'))
  .action(onWorker('run', { forwardSignals: true }));

withConfig(program.command('retry'))
  .description(t('cmd.retry.description'))
  .argument('[ids...]', t('cmd.retry.ids'))
  .action(lazy(() => import('./cli/commands/retry.js')));

const corrections = program.command('corrections').description(t('cmd.corrections.description'));
withConfig(corrections.command('resolve'))
  .description(t('cmd.correctionsResolve.description'))
  .argument('<ids...>', t('cmd.correctionsResolve.ids'))
  .action(lazy(() => import('./cli/commands/corrections-resolve.js')));

withConfig(program.command('status'))
  .description(t('cmd.status.description'))
  .option('--json', t('cli.option.jsonObject'))
  .action(lazy(() => import('./cli/commands/status.js')));

withConfig(program.command('punches'))
  .description(t('cmd.punches.description'))
  .option('--date <date>', t('cmd.logs.date'))
  .option('--from <date>', t('cmd.punches.from'))
  .option('--to <date>', t('cmd.punches.to'))
  .option('--employee <code>', t('cmd.punches.employee'))
  .option('--check', t('cmd.punches.check'))
  .option('--json', t('cmd.punches.json'))
  .action(lazy(() => import('./cli/commands/punches.js')));

withConfig(program.command('doctor'))
  .description(t('cmd.doctor.description'))
  .option('--json', t('cmd.doctor.json'))
  .action(lazy(() => import('./cli/commands/doctor.js')));

program
  .command('inspect')
  .description(t('cmd.inspect.description'))
  .argument('<file>', t('cmd.inspect.file'))
  .option('-c, --config <path>', t('cli.option.offlineConfig'))
  .option('--json', t('cmd.inspect.json'))
  .action(onWorker('inspect'));

program
  .command('events')
  .description(t('cmd.events.description'))
  .argument('<paths...>', t('cli.argument.paths'))
  .option('-c, --config <path>', t('cli.option.offlineConfig'))
  .option('--time-zone <zone>', t('cli.option.timeZone'))
  .option('--json', t('cli.option.jsonLines'))
  .action(onWorker('events'));

program
  .command('daily')
  .description(t('cmd.daily.description'))
  .argument('<paths...>', t('cli.argument.paths'))
  .option('-c, --config <path>', t('cmd.daily.config'))
  .option('--links <file>', t('cmd.daily.links'))
  .option('--day-border <HH:MM>', t('cmd.daily.dayBorder'))
  .option('--time-zone <zone>', t('cli.option.timeZone'))
  .option('--from <date>', t('cmd.daily.from'))
  .option('--to <date>', t('cmd.daily.to'))
  .option('--json', t('cli.option.jsonLines'))
  .action(onWorker('daily'));

program
  .command('logs')
  .description(t('cmd.logs.description'))
  .argument('<paths...>', t('cli.argument.paths'))
  .option('-c, --config <path>', t('cmd.logs.config'))
  .option('--date <date>', t('cmd.logs.date'))
  .option('--day-border <HH:MM>', t('cmd.daily.dayBorder'))
  .option('--time-zone <zone>', t('cli.option.timeZone'))
  .option('--json', t('cli.option.jsonLines'))
  .action(onWorker('logs'));

withConfig(program.command('console'))
  .description(t('cmd.console.description'))
  .option('--port <port>', t('cmd.console.port'), '0')
  .option('--listen <address>', t('cmd.console.listen'))
  .option('--read-only', t('cmd.console.readOnly'))
  .action(lazy(() => import('./cli/commands/console.js')));

const links = program.command('links').description(t('cmd.links.description'));
withConfig(links.command('export'))
  .description(t('cmd.linksExport.description'))
  .requiredOption('-o, --out <file>', t('cmd.linksExport.out'))
  .addOption(
    new Option('--encoding <encoding>', t('cmd.linksExport.encoding'))
      .choices(['cp932', 'utf-8'])
      .default('cp932'),
  )
  .action(lazy(() => import('./cli/commands/links-export.js')));
withConfig(links.command('import'))
  .description(t('cmd.linksImport.description'))
  .argument('<file>', t('cmd.linksImport.file'))
  .action(lazy(() => import('./cli/commands/links-import.js')));
withConfig(links.command('check'))
  .description(t('cmd.linksCheck.description'))
  .argument('[file]', t('cmd.linksCheck.file'))
  .option('--json', t('cmd.linksCheck.json'))
  .action(lazy(() => import('./cli/commands/links-check.js')));

const service = program.command('service').description(t('cmd.service.description'));
withConfig(service.command('install'))
  .description(t('cmd.serviceInstall.description'))
  .option('--winsw <path>', t('cmd.serviceInstall.winsw'))
  .option('--unit-dir <dir>', t('cmd.serviceInstall.unitDir'), '/etc/systemd/system')
  .action(lazy(() => import('./cli/commands/service-install.js')));
withConfig(service.command('uninstall'))
  .description(t('cmd.serviceUninstall.description'))
  .option('--winsw <path>', t('cmd.serviceUninstall.winsw'))
  .option('--unit-dir <dir>', t('cmd.serviceUninstall.unitDir'), '/etc/systemd/system')
  .action(lazy(() => import('./cli/commands/service-uninstall.js')));
withConfig(service.command('print'))
  .description(t('cmd.servicePrint.description'))
  .addOption(
    new Option('--platform <platform>', t('cmd.servicePrint.platform')).choices(['windows', 'linux']),
  )
  .option('--winsw <path>', t('cmd.servicePrint.winsw'))
  .action(lazy(() => import('./cli/commands/service-print.js')));

// No top-level await: the single executable runs this file as one CommonJS script.
program.parseAsync(process.argv).catch((error: unknown) => {
  // Anything but the parser's own complaint is a bug: let it end the process with its stack.
  if (!(error instanceof CommanderError)) throw error;
  // Help and version end with 0; every other complaint of the parser is a usage error.
  process.exitCode = error.exitCode === 0 ? 0 : 2;
});
