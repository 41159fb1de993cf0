import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from '../errors/config-error.js';
import { t } from '../i18n/translate.js';
import type { AgentConfig } from './agent-config.js';
import { accessTokenSchema, agentConfigFileSchema } from './agent-config-schema.js';
import { type ConfigFileEncoding, decodeConfigText } from './decode-config-text.js';
import { defaultStateDirectory } from './default-state-directory.js';
import {
  CONFIG_FILE_NAME,
  type ConfigSource,
  type defaultConfigFile,
  findConfigFile,
} from './find-config-file.js';
import { Secret } from './secret.js';

/**
 * The configuration file's name. Without `--config` or `PCLOGIN_CONFIG` the agent reads it from
 * the working folder, else from the platform's default folder (see {@link findConfigFile}).
 */
export const DEFAULT_CONFIG_FILE = CONFIG_FILE_NAME;

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** The file given with `--config`; it must exist. */
  path?: string | undefined;
  /**
   * The working folder: `pclogin.config.json` is looked for there when neither a path nor
   * `PCLOGIN_CONFIG` is given, and relative paths are resolved against it.
   * @default process.cwd()
   */
  cwd?: string;
  /**
   * The environment (`PCLOGIN_CONFIG`, `PCLOGIN_ACCESS_TOKEN`, `ProgramData`, `XDG_STATE_HOME`).
   * @default process.env
   */
  env?: NodeJS.ProcessEnv;
  /** @default process.platform */
  platform?: NodeJS.Platform;
  /** The platform's default configuration file. @default {@link defaultConfigFile} */
  defaultFile?: string | undefined;
  /**
   * Use the defaults when no file is found (neither given nor in the working folder nor at the
   * platform default), instead of failing; for
   * commands that can work without one.
   * @default false
   */
  optional?: boolean;
}

/**
 * Reads, validates and resolves the agent's configuration. Every problem is reported at
 * once, each naming its field and the fix; the access token is never shown.
 *
 * @throws {ConfigError} when the file is missing, unreadable, not JSON, or invalid.
 * @example
 * const config = await loadConfig({ path: 'C:\\ProgramData\\pclogin\\pclogin.config.json' });
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<AgentConfig> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const found = await findConfigFile({
    path: options.path,
    cwd,
    env,
    platform,
    defaultFile: options.defaultFile,
  });
  const file = found.file;

  const read = await readConfigText(found, options.optional ?? false);
  const raw = read?.text;
  const json = raw === undefined ? {} : parseJson(raw, file);
  return configFromJson(json, {
    file: raw === undefined ? undefined : file,
    source: raw === undefined ? undefined : found.source,
    encoding: read?.encoding,
    env,
    platform,
  });
}

/**
 * Validates and resolves a configuration's JSON as {@link loadConfig} does with a file's
 * content (`setup` checks what it is about to write). Relative paths are resolved against the
 * file's folder, or the working folder when there is no file.
 *
 * @throws {ConfigError} naming every bad field.
 */
export function configFromJson(
  json: unknown,
  where: {
    file: string | undefined;
    source?: ConfigSource | undefined;
    /** How the file was encoded (see `decodeConfigText`). */
    encoding?: ConfigFileEncoding | undefined;
    env?: NodeJS.ProcessEnv;
    platform?: NodeJS.Platform;
  },
): AgentConfig {
  const env = where.env ?? process.env;
  const platform = where.platform ?? process.platform;
  const file = where.file;
  const parsed = agentConfigFileSchema.safeParse(json, { error: unknownFieldMessage });
  const problems: ConfigProblem[] = parsed.success ? [] : toProblems(parsed.error);

  let accessToken: Secret | undefined;
  const envToken = env['PCLOGIN_ACCESS_TOKEN'];
  if (envToken !== undefined && envToken !== '') {
    const token = accessTokenSchema.safeParse(envToken);
    if (token.success) accessToken = new Secret(token.data);
    else
      problems.push({ field: 'PCLOGIN_ACCESS_TOKEN', message: token.error.issues[0]?.message ?? 'invalid' });
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems, file);

  const c = parsed.data;
  const base = file === undefined ? process.cwd() : dirname(file);
  const stateDirectory = c.stateDirectory
    ? resolve(base, c.stateDirectory)
    : defaultStateDirectory(platform, env);
  return {
    file,
    fileSource: file === undefined ? undefined : (where.source ?? '--config'),
    ...(where.encoding ? { fileEncoding: where.encoding } : {}),
    companyCode: c.companyCode,
    accessToken: accessToken ?? (c.accessToken === undefined ? undefined : new Secret(c.accessToken)),
    logDirectory: c.logDirectory === undefined ? undefined : resolve(base, c.logDirectory),
    stateDirectory,
    linksFile: c.linksFile === undefined ? join(stateDirectory, 'links.csv') : resolve(base, c.linksFile),
    kot: {
      baseUrl: c.kot.baseUrl,
      timeoutSeconds: c.kot.timeoutSeconds,
      requestsPerSecond: c.kot.requestsPerSecond,
    },
    proxy:
      c.proxy === undefined
        ? undefined
        : {
            url: c.proxy.url,
            username: c.proxy.username,
            password: c.proxy.password === undefined ? undefined : new Secret(c.proxy.password),
          },
    timeZone: c.timeZone,
    clockOut: c.clockOut,
    clockOutGraceMinutes: c.clockOutGraceMinutes,
    breaks: c.breaks,
    csv: c.csv,
    defaultDayBorder: c.defaultDayBorder,
    startDate: c.startDate,
    pollIntervalSeconds: c.pollIntervalSeconds,
    logFormat: c.logFormat,
    logLevel: c.logLevel,
  };
}

async function readConfigText(
  found: { file: string; source: ConfigSource; exists: boolean; looked: string[] },
  optional: boolean,
): Promise<{ text: string; encoding: ConfigFileEncoding } | undefined> {
  const { file, source } = found;
  const searched = source === 'working folder' || source === 'platform default';
  if (!found.exists && searched && optional) return undefined;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && searched && optional) return undefined;
    const values = {
      file: DEFAULT_CONFIG_FILE,
      path: file,
      looked: { en: found.looked.join(' and '), ja: found.looked.join('、') },
      code: code ?? 'I/O error',
    };
    const message = t(
      code === 'ENOENT'
        ? searched
          ? 'config.notFoundSearched'
          : source === 'PCLOGIN_CONFIG'
            ? 'config.notFoundEnv'
            : 'config.notFound'
        : code === 'EACCES' || code === 'EPERM'
          ? 'config.permissionDenied'
          : code === 'EISDIR'
            ? 'config.isFolder'
            : 'config.unreadable',
      values,
    );
    throw new ConfigError([{ field: searched ? DEFAULT_CONFIG_FILE : source, message }]);
  }
  return decodeConfigText(bytes, file);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message may quote a piece of the file, which could be the token: keep only its
    // reason and point at the line and column instead.
    const message = (error as Error).message;
    const reason = message
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/^Unexpected token '.*?'/s, 'Unexpected character');
    const position = /at position (\d+)/.exec(message);
    const at = position ? Number(position[1]) : text.length;
    const before = text.slice(0, at).split(/\r\n|\r|\n/);
    const hint = t(/escape/i.test(reason) ? 'config.invalidJson.backslash' : 'config.invalidJson.syntax');
    const where = t('config.invalidJson', {
      line: String(before.length),
      column: String((before.at(-1)?.length ?? 0) + 1),
      reason,
    });
    throw new ConfigError([{ field: '(file)', message: `${where} — ${hint}` }], file);
  }
}

/** An unknown field names the fields that exist where it was found (a typo is never ignored). */
function unknownFieldMessage(issue: { code?: string; inst?: unknown }): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod
    ?.def?.shape;
  const fields = Object.keys(shape ?? {}).filter((key) => key !== '$schema');
  return fields.length > 0
    ? t('config.unknownField', { fields: fields.join(', ') })
    : t('config.unknownFieldBare');
}

function toProblems(error: z.ZodError): ConfigProblem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...path, key].join('.'), message: issue.message }));
    }
    return [{ field: path.length > 0 ? path.join('.') : '(file)', message: issue.message }];
  });
}
