import { formatInstant, LedgerCorruptError } from '@pclogin/core';
import { readLedgerView } from '../../agent/read-ledger-view.js';
import { secretSummary } from '../../config/secret.js';
import type { DoctorCheck } from '../../doctor/doctor-check.js';
import { kotChecks } from '../../doctor/kot-checks.js';
import { logChecks } from '../../doctor/log-checks.js';
import { stateChecks } from '../../doctor/state-checks.js';
import { ConfigError } from '../../errors/config-error.js';
import { localizedError } from '../../i18n/localized-error.js';
import { getLocale, type Message, msg, render } from '../../i18n/translate.js';
import { type CommandContext, type ConfigOptions, createCommandContext } from '../context.js';
import { employeeDirectoryForCommand } from '../employee-directory-for-command.js';
import { displayWidth, padDisplay } from '../format/display-width.js';

/**
 * `pclogin-agent doctor [--json]`: the vendor manual's troubleshooting, automated. Exit status
 * 1 when a check fails; 2 when the configuration cannot be used (like every other command), in
 * which case it is the only check reported.
 */
export default async function doctor(options: ConfigOptions & { json?: boolean }): Promise<number> {
  const checks: DoctorCheck[] = [];
  let context: CommandContext | undefined;
  try {
    context = await createCommandContext(options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    checks.push({
      id: 'config',
      status: 'fail',
      detail: msg('doctor.plain', { text: error.problems.map((p) => `${p.field}: ${p.message}`).join('; ') }),
      fix: msg('doctor.config.invalidFix', { file: error.file ?? msg('doctor.config.theConfiguration') }),
    });
    report(checks, options.json ?? false, (text) => process.stdout.write(text));
    return 2;
  }
  const { config, clock, log } = context;
  const token = config.accessToken
    ? msg('doctor.config.token', { secret: secretSummary(config.accessToken.reveal()) })
    : msg('doctor.config.noToken');
  const overridden = options.now !== undefined || process.env['PCLOGIN_NOW'];
  checks.push({
    id: 'config',
    status: overridden || config.fileEncoding === 'shift_jis' ? 'warn' : 'ok',
    detail: msg(overridden ? 'doctor.config.validClockSet' : 'doctor.config.valid', {
      file: config.file ?? msg('doctor.config.defaults'),
      token,
      state: config.stateDirectory,
      now: formatInstant(clock(), config.timeZone),
    }),
    ...(overridden
      ? { fix: msg('doctor.config.clockSetFix') }
      : config.fileEncoding === 'shift_jis'
        ? { fix: msg('config.encoding.shiftJis') }
        : {}),
  });
  const logs = await logChecks(config, new Date());
  checks.push(...logs.checks);
  checks.push(...(await kotChecks(config, clock, log)));
  let view: ReturnType<typeof readLedgerView>;
  try {
    view = readLedgerView(config, clock);
  } catch (error) {
    if (!LedgerCorruptError.isInstance(error)) throw error;
    checks.push({
      id: 'ledger',
      status: 'fail',
      detail: msg('doctor.ledger.corrupt', { reason: error.message.split('. Nothing was changed')[0] ?? '' }),
      fix: msg('doctor.ledger.corruptFix'),
    });
    return report(checks, options.json ?? false, context.out);
  }
  try {
    const { directory, note } = await employeeDirectoryForCommand(context, view, { required: false }).catch(
      (error: Error) => ({
        directory: undefined,
        note: msg('doctor.noEmployeeList', { reason: localizedError(error, config.timeZone) }),
      }),
    );
    checks.push(...(await stateChecks(config, clock, view.store, directory, logs.facts.events, note)));
  } finally {
    view.close();
  }
  return report(checks, options.json ?? false, context.out);
}

/**
 * Prints the checks: a table in the reader's language, or (`--json`) one object whose every
 * text is English, so that a script reading it sees the same output in every language.
 */
function report(checks: DoctorCheck[], json: boolean, out: (text: string) => void): number {
  const count = (status: DoctorCheck['status']) => checks.filter((c) => c.status === status).length;
  const summary = { ok: count('ok'), warn: count('warn'), fail: count('fail'), skip: count('skip') };
  if (json) {
    const english = (m: Message) => render(m, 'en');
    const rendered = checks.map((c) => ({
      id: c.id,
      title: english(msg(`doctor.title.${c.id}`)),
      status: c.status,
      detail: english(c.detail),
      ...(c.fix ? { fix: english(c.fix) } : {}),
    }));
    out(`${JSON.stringify({ checks: rendered, summary })}\n`);
  } else {
    const locale = getLocale();
    const titles = checks.map((c) => render(msg(`doctor.title.${c.id}`), locale));
    const statuses = checks.map((c) => render(msg(`doctor.status.${c.status}`), locale));
    const width = Math.max(...titles.map(displayWidth));
    const statusWidth = Math.max(...statuses.map(displayWidth));
    checks.forEach((c, i) => {
      out(
        `${padDisplay(statuses[i]!, statusWidth)}  ${padDisplay(titles[i]!, width)}  ${render(c.detail, locale)}\n`,
      );
      if (c.fix && c.status !== 'ok')
        out(`${' '.repeat(statusWidth + 2 + width)}  → ${render(c.fix, locale)}\n`);
    });
    out(`\n${render(msg('doctor.summary', summary), locale)}\n`);
  }
  return summary.fail > 0 ? 1 : 0;
}
