import { formatInstant, LedgerCorruptError } from '@pclogin/core';
import { readLedgerView } from '../../agent/read-ledger-view.js';
import { describeSecret } from '../../config/secret.js';
import type { DoctorCheck } from '../../doctor/doctor-check.js';
import { kotChecks } from '../../doctor/kot-checks.js';
import { logChecks } from '../../doctor/log-checks.js';
import { stateChecks } from '../../doctor/state-checks.js';
import { ConfigError } from '../../errors/config-error.js';
import { type CommandContext, type ConfigOptions, createCommandContext } from '../context.js';
import { employeeDirectoryForCommand } from '../employee-directory-for-command.js';

/**
 * `pclogin-agent doctor [--json]`: the vendor manual's troubleshooting, automated. Exit status
 * 1 when a check fails.
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
      title: 'configuration',
      status: 'fail',
      detail: error.problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      fix: `correct ${error.file ?? 'the configuration'} as each problem says`,
    });
    return report(checks, options.json ?? false, (text) => process.stdout.write(text));
  }
  const { config, clock, log } = context;
  const token = config.accessToken ? `token ${describeSecret(config.accessToken.reveal())}` : 'no token';
  const overridden = options.now !== undefined || process.env['PCLOGIN_NOW'];
  checks.push({
    id: 'config',
    title: 'configuration',
    status: overridden ? 'warn' : 'ok',
    detail: `${config.file ?? '(defaults)'} is valid; ${token}; state in ${config.stateDirectory}${
      overridden
        ? `; the clock is set to ${formatInstant(clock(), config.timeZone)} by --now / PCLOGIN_NOW`
        : ''
    }`,
    ...(overridden ? { fix: 'unset PCLOGIN_NOW for normal operation' } : {}),
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
      title: 'ledger',
      status: 'fail',
      detail: `${error.message.split('. Nothing was changed')[0]}; the agent refuses to send until it is repaired`,
      fix: 'keep a copy of the state folder, then pclogin-agent run --once --repair (it checks KING OF TIME before sending anything not known as sent)',
    });
    return report(checks, options.json ?? false, context.out);
  }
  try {
    const { directory, note } = await employeeDirectoryForCommand(context, view, { required: false }).catch(
      (error: Error) => ({ directory: undefined, note: `no employee list (${error.message})` }),
    );
    checks.push(...(await stateChecks(config, clock, view.store, directory, logs.facts.events, note)));
  } finally {
    view.close();
  }
  return report(checks, options.json ?? false, context.out);
}

function report(checks: DoctorCheck[], json: boolean, out: (text: string) => void): number {
  const count = (status: DoctorCheck['status']) => checks.filter((c) => c.status === status).length;
  const summary = { ok: count('ok'), warn: count('warn'), fail: count('fail'), skip: count('skip') };
  if (json) out(`${JSON.stringify({ checks, summary })}\n`);
  else {
    const width = Math.max(...checks.map((c) => c.title.length));
    for (const c of checks) {
      out(`${c.status.padEnd(4)}  ${c.title.padEnd(width)}  ${c.detail}\n`);
      if (c.fix && c.status !== 'ok') out(`      ${' '.repeat(width)}  → ${c.fix}\n`);
    }
    out(
      `\n${summary.ok} ok, ${summary.warn} warnings, ${summary.fail} failed${summary.skip ? `, ${summary.skip} skipped` : ''}\n`,
    );
  }
  return summary.fail > 0 ? 1 : 0;
}
