import { isMainThread, parentPort } from 'node:worker_threads';
import { type Clock, resolveClock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import type { ConfigSource } from '../config/find-config-file.js';
import { loadConfig } from '../config/load-config.js';
import { type MessageKey, t } from '../i18n/translate.js';
import { proxySecretsFromEnvironment } from '../internal/proxy-secrets.js';
import { visibleText } from '../internal/visible-text.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { createRedactor, type Redact } from '../logging/redactor.js';
import type { Progress } from './progress.js';

const plainProgress: Progress = {
  bar: () => ({ update() {}, stop() {} }),
  write: (line) => {
    process.stderr.write(line);
  },
  stop() {},
};

const CONFIG_SOURCE_WORDS: Record<ConfigSource, MessageKey> = {
  '--config': 'config.source.option',
  PCLOGIN_CONFIG: 'config.source.env',
  'working folder': 'config.source.workingFolder',
  'platform default': 'config.source.platformDefault',
};

let redactor: Redact = createRedactor(proxySecretsFromEnvironment(process.env));

/** The redactor of the command running now: every secret it knows of, removed. */
export function currentRedactor(): Redact {
  return redactor;
}

/** What every command that reads the configuration works with. */
export interface CommandContext {
  config: AgentConfig;
  clock: Clock;
  log: Logger;
  redact: Redact;
  /** Writes a result line to stdout, with secrets removed. */
  out: (text: string) => void;
  /** Progress bars on a terminal (a no-op unless asked for and possible). */
  progress: Progress;
}

/** Options common to the commands that read the configuration. */
export interface ConfigOptions {
  config?: string;
  now?: string;
}

/**
 * Loads the configuration and builds the clock, logger and redactor of a command.
 * `optional`: a missing default configuration file means defaults instead of an error.
 */
export async function createCommandContext(
  options: ConfigOptions,
  { optional = false, progress: wantProgress = false }: { optional?: boolean; progress?: boolean } = {},
): Promise<CommandContext> {
  const clock = resolveClock(options.now);
  const config = await loadConfig({ path: options.config, optional });
  const secrets = [config.accessToken?.reveal(), config.proxy?.password?.reveal()].filter(
    (s): s is string => typeof s === 'string' && s !== '',
  );
  redactor = createRedactor([...secrets, ...proxySecretsFromEnvironment(process.env)]);
  // On a worker, tell the main thread too: it prints an error the command did not catch.
  if (!isMainThread && parentPort) parentPort.postMessage({ type: 'secrets', values: secrets });
  const redact = redactor;
  // Bars only where a person watches text logs; loaded only then, to keep start-up light.
  const progress =
    wantProgress && process.stderr.isTTY && config.logFormat === 'text'
      ? (await import('./progress.js')).createProgress()
      : plainProgress;
  const log = createLogger({
    write: progress.write,
    format: config.logFormat,
    level: config.logLevel,
    redact,
    timeZone: config.timeZone,
  });
  // Every command says which configuration it works with: several places are looked at.
  log.info(
    config.file
      ? t('config.using', {
          file: config.file,
          source: t(CONFIG_SOURCE_WORDS[config.fileSource ?? 'working folder']),
        })
      : t('config.usingDefaults'),
  );
  return {
    config,
    clock,
    log,
    redact,
    progress,
    out: (text) => process.stdout.write(visibleText(redact(text))),
  };
}
