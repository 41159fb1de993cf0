#!/usr/bin/env node
// pclogin-windows-events [--config FILE] [--once] [--repair] [--now ISO] [--date-order auto|mdy|dmy] [--account name|domain\name]
// The reference agent on Windows Security event exports: exit status 0 success, 1 failure,
// 2 usage or configuration error, as pclogin-agent.
import { parseArgs } from 'node:util';
import {
  AgentError,
  createLogger,
  createRedactor,
  loadConfig,
  resolveClock,
  UsageError,
} from '@pclogin/agent';
import { dateOrders } from './security-events/parse-time-created.js';
import { runSecurityEventsAgent } from './wiring/run-security-events-agent.js';

// Until the configuration (and so the secrets) is known, nothing needs redacting.
let redact = (text: string) => text;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      config: { type: 'string' },
      once: { type: 'boolean', default: false },
      repair: { type: 'boolean', default: false },
      now: { type: 'string' },
      'date-order': { type: 'string', default: 'auto' },
      account: { type: 'string', default: 'name' },
    },
  });
  const dateOrder = dateOrders.find((order) => order === values['date-order']);
  if (!dateOrder) throw new UsageError(`--date-order must be one of ${dateOrders.join(', ')}`);
  const account = values.account === 'name' || values.account === 'domain\\name' ? values.account : undefined;
  if (!account) throw new UsageError('--account must be name or domain\\name');

  const config = await loadConfig({ path: values.config });
  const clock = resolveClock(values.now);
  redact = createRedactor([config.accessToken, config.proxy?.password]);
  const log = createLogger({
    format: config.logFormat,
    level: config.logLevel,
    timeZone: config.timeZone,
    redact,
  });
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop).once('SIGTERM', stop);
  const report = await runSecurityEventsAgent(config, {
    clock,
    log,
    once: values.once ?? false,
    repair: values.repair ?? false,
    signal: controller.signal,
    parser: { dateOrder, account },
  });
  return report && report.failed > 0 ? 1 : 0;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`${redact(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = AgentError.is(error) ? error.exitStatus : 1;
  },
);
