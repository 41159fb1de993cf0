import { decodeRegOutput } from './decode-reg-output.js';
import { expandEnvironmentStrings } from './expand-environment-strings.js';
import { parseRegQueryOutput, type RegQueryResult } from './parse-reg-query-output.js';
import { createRegRunner, type RegRunner } from './reg-runner.js';

/** The key of the SmartOn ID log server's CSV settings, as seen in the 32-bit registry view. */
export const SMARTON_CSV_KEY = 'HKLM\\SOFTWARE\\Soliton Systems K.K.\\SmartOn\\SSOLog\\CSV';
/** The same key by its literal 64-bit path (the fallback). */
export const SMARTON_CSV_KEY_WOW64 =
  'HKLM\\SOFTWARE\\WOW6432Node\\Soliton Systems K.K.\\SmartOn\\SSOLog\\CSV';
/** The value holding the log folder. */
export const OUTPUT_DIRECTORY_VALUE = 'OutputDirectory';

/** Options of {@link findLogDirectory}, for tests and unusual set-ups. */
export interface FindLogDirectoryOptions {
  /** @default process.platform */
  platform?: NodeJS.Platform;
  /** Variables for `%VAR%` in REG_EXPAND_SZ data. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
  /** Runs reg.exe. @default createRegRunner(env) */
  runReg?: RegRunner;
}

/** Why the folder could not be found. */
export type LogDirectoryFailure = 'not-windows' | 'not-found' | 'blocked-by-policy' | 'reg-failed';

/** The log folder and where it was read, or why not. */
export type LogDirectoryLookup =
  | { ok: true; directory: string; source: string }
  | { ok: false; reason: LogDirectoryFailure; message: string };

const QUERIES = [
  {
    args: ['query', SMARTON_CSV_KEY, '/v', OUTPUT_DIRECTORY_VALUE, '/reg:32'],
    label: `${SMARTON_CSV_KEY} (32-bit view)`,
  },
  { args: ['query', SMARTON_CSV_KEY_WOW64, '/v', OUTPUT_DIRECTORY_VALUE], label: SMARTON_CSV_KEY_WOW64 },
] as const;

const SET_IT = 'Set the log folder in the configuration instead.';

/**
 * Finds the SmartOn ID log server's CSV output folder in the Windows registry: the value
 * `OutputDirectory` under `HKLM\SOFTWARE\Soliton Systems K.K.\SmartOn\SSOLog\CSV` in the
 * 32-bit view (the log server is a 32-bit program), then under the literal `WOW6432Node`
 * path. Runs reg.exe without a shell, decodes its output (UTF-8, else CP932) and expands
 * `%VAR%` in REG_EXPAND_SZ data. Never throws: every failure is a reason and a message.
 *
 * @example
 * const found = await findLogDirectory();
 * if (found.ok) console.log(found.directory);
 * else console.error(found.reason, found.message); // e.g. 'blocked-by-policy'
 */
export async function findLogDirectory(options: FindLogDirectoryOptions = {}): Promise<LogDirectoryLookup> {
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32') {
    return {
      ok: false,
      reason: 'not-windows',
      message: `The registry exists only on Windows (this is ${platform}). ${SET_IT}`,
    };
  }
  const env = options.env ?? process.env;
  const runReg = options.runReg ?? createRegRunner(env);
  const failures: { reason: Exclude<LogDirectoryFailure, 'not-windows'>; message: string }[] = [];
  for (const query of QUERIES) {
    let result: RegQueryResult;
    try {
      const run = await runReg(query.args);
      result = parseRegQueryOutput(decodeRegOutput(run.stdout), run.exitStatus, decodeRegOutput(run.stderr));
    } catch (error) {
      result = {
        ok: false,
        reason: 'reg-failed',
        message: `reg.exe could not be run: ${(error as Error).message}`,
      };
    }
    if (!result.ok) {
      if (result.reason === 'blocked-by-policy') {
        return {
          ok: false,
          reason: 'blocked-by-policy',
          message: `reg.exe refused to read the registry ("${result.message}"): the policy "Prevent access to registry editing tools" applies to this account. ${SET_IT}`,
        };
      }
      failures.push({ reason: result.reason, message: `${query.label}: ${result.message}` });
      continue;
    }
    const value = result.values.find((v) => v.name.toLowerCase() === OUTPUT_DIRECTORY_VALUE.toLowerCase());
    const data = value?.data.trim() ?? '';
    if (!value || data === '') {
      failures.push({
        reason: 'not-found',
        message: `${query.label}: ${OUTPUT_DIRECTORY_VALUE} is ${value ? 'empty' : 'missing'}`,
      });
      continue;
    }
    return {
      ok: true,
      directory: value.type === 'REG_EXPAND_SZ' ? expandEnvironmentStrings(data, env) : data,
      source: `${query.label}\\${OUTPUT_DIRECTORY_VALUE}`,
    };
  }
  const failed = failures.find((f) => f.reason === 'reg-failed');
  if (failed)
    return {
      ok: false,
      reason: 'reg-failed',
      message: `${failures.map((f) => f.message).join('; ')}. ${SET_IT}`,
    };
  return {
    ok: false,
    reason: 'not-found',
    message: `No SmartOn ID log server settings in the registry (${failures.map((f) => f.message).join('; ')}): is the log server installed on this machine? ${SET_IT}`,
  };
}
