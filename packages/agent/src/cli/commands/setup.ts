import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { findLogDirectory } from '@pclogin/smarton-csv';
import { resolveClock } from '../../clock/clock.js';
import type { AgentConfig } from '../../config/agent-config.js';
import { accessTokenSchema, companyCodeSchema } from '../../config/agent-config-schema.js';
import { decodeConfigText } from '../../config/decode-config-text.js';
import { defaultConfigFile } from '../../config/find-config-file.js';
import { configFromJson } from '../../config/load-config.js';
import { describeSecret } from '../../config/secret.js';
import { kotChecks } from '../../doctor/kot-checks.js';
import { AgentError } from '../../errors/agent-error.js';
import { ConfigError } from '../../errors/config-error.js';
import { getLocale, render, t as tr } from '../../i18n/translate.js';
import { createLogger } from '../../logging/logger.js';
import { createRedactor } from '../../logging/redactor.js';
import { SYSTEMD_DEFAULT_USER } from '../../service/render-systemd-unit.js';
import { type Prompter, terminalPrompter } from '../setup/prompter.js';
import { restrictAccess } from '../setup/restrict-access.js';
import { SETUP_TEXTS, type SetupLanguage } from '../setup/setup-texts.js';

/** The options of `pclogin-agent setup`: one for each question, for scripted installs. */
export interface SetupOptions {
  config?: string;
  now?: string;
  lang?: SetupLanguage;
  companyCode?: string;
  accessToken?: string;
  logDirectory?: string;
  stateDirectory?: string;
  proxy?: string;
  proxyUsername?: string;
  proxyPassword?: string;
  kotBaseUrl?: string;
  linksExport?: string;
  serviceInstall?: boolean;
  winsw?: string;
  skipKotCheck?: boolean;
  yes?: boolean;
}

/** The Linux service account `setup` creates and the systemd unit runs as. */
export const LINUX_SERVICE_USER = SYSTEMD_DEFAULT_USER;
/** The Linux state folder; the systemd unit's `StateDirectory=pclogin`. */
export const LINUX_STATE_DIRECTORY = '/var/lib/pclogin';

/**
 * `pclogin-agent setup`: the first-run wizard. Asks for the 企業コード, the proxy, the access
 * token (hidden, checked with KING OF TIME at once) and the log folder (the registry's by
 * default), writes the configuration to the platform's default place readable only by the
 * service account and administrators (and the state folder likewise), runs `doctor`, and
 * offers `links export` and `service install`. Every question has an option; with `--yes` or
 * without a terminal nothing is asked.
 */
export default function setup(options: SetupOptions): Promise<number> {
  return runSetup(options);
}

/** {@link setup} with the questions put by `prompter` (tests) instead of the terminal. */
export async function runSetup(options: SetupOptions, prompter?: Prompter): Promise<number> {
  // The CLI's language (--lang, PCLOGIN_LANG, the system's), as every command speaks.
  const lang = options.lang ?? getLocale();
  const t = SETUP_TEXTS[lang];
  const err = (text: string) => process.stderr.write(text);
  const interactive = !options.yes && (prompter !== undefined || process.stdin.isTTY === true);
  const ask = interactive ? (prompter ?? terminalPrompter()) : undefined;
  const windows = process.platform === 'win32';
  try {
    const file = options.config ? resolve(options.config) : defaultConfigFile();
    err(t.welcome(file));
    if (!interactive) err(t.nonInteractive);
    const existing = await readExisting(file);
    if (existing && interactive) err(t.existing);
    const json: Record<string, unknown> = { ...existing };

    // 企業コード
    let companyCode = options.companyCode ?? (json['companyCode'] as string | undefined);
    for (;;) {
      if (ask && options.companyCode === undefined) companyCode = await ask.ask(t.companyCode, companyCode);
      const parsed = companyCodeSchema.safeParse(companyCode);
      if (parsed.success) {
        json['companyCode'] = parsed.data;
        break;
      }
      if (!ask || options.companyCode !== undefined)
        throw usage(`--company-code ${parsed.error.issues[0]?.message}`);
      err(`${parsed.error.issues[0]?.message}\n`);
    }

    // Proxy: before the token, which is checked through it.
    const oldProxy = json['proxy'] as { url?: string; username?: string; password?: string } | undefined;
    let proxyUrl = options.proxy ?? oldProxy?.url;
    if (ask && options.proxy === undefined) proxyUrl = await ask.ask(t.proxy, proxyUrl);
    // "-" removes a proxy configured before (an empty answer keeps it).
    if (proxyUrl === '-') proxyUrl = undefined;
    if (proxyUrl) {
      let username = options.proxyUsername ?? oldProxy?.username;
      if (ask && options.proxyUsername === undefined) username = await ask.ask(t.proxyUser, username);
      let password = options.proxyPassword ?? oldProxy?.password;
      if (ask && username && options.proxyPassword === undefined) {
        password = (await ask.askSecret(t.proxyPassword)) || password;
      }
      json['proxy'] = {
        url: proxyUrl,
        ...(username ? { username } : {}),
        ...(username && password ? { password } : {}),
      };
    } else delete json['proxy'];
    if (options.kotBaseUrl)
      json['kot'] = { ...(json['kot'] as object | undefined), baseUrl: options.kotBaseUrl };

    // The access token: hidden, and checked with KING OF TIME before anything is written.
    const given = options.accessToken ?? process.env['PCLOGIN_ACCESS_TOKEN'];
    let token = given ?? (json['accessToken'] as string | undefined);
    for (;;) {
      if (ask && given === undefined) {
        token = (await ask.askSecret(token ? t.tokenKept : t.token)) || token;
      }
      const parsed = accessTokenSchema.safeParse(token);
      if (!parsed.success) {
        if (!ask || given !== undefined) throw usage(`--access-token ${parsed.error.issues[0]?.message}`);
        err(`${parsed.error.issues[0]?.message}\n`);
        continue;
      }
      json['accessToken'] = parsed.data;
      if (options.skipKotCheck) break;
      err(t.checking);
      const verdict = await checkToken(json, file, options.now);
      if (verdict.ok) {
        err(t.tokenOk(verdict.detail));
        break;
      }
      err(t.tokenBad(verdict.detail));
      if (!ask || given !== undefined || !(await ask.confirm(t.tryAgain, true))) return 1;
    }

    // The log folder: the registry's on Windows unless another is chosen.
    const found = windows ? await findLogDirectory() : undefined;
    if (found?.ok) err(t.logFromRegistry(found.directory));
    else if (found) err(t.noRegistry(found.message));
    let logDirectory = options.logDirectory ?? (json['logDirectory'] as string | undefined);
    if (ask && options.logDirectory === undefined) {
      logDirectory = await ask.ask(t.logDirectory, logDirectory ?? (found?.ok ? found.directory : undefined));
    }
    if (
      logDirectory &&
      !(found?.ok && logDirectory === found.directory && json['logDirectory'] === undefined)
    ) {
      json['logDirectory'] = logDirectory;
    } else if (!logDirectory && !found?.ok) {
      throw usage(tr('setup.logDirectoryNeeded'));
    }

    // Linux: the service's own account and systemd's state folder.
    let owner: { uid: number; gid: number } | undefined;
    if (!windows) {
      json['stateDirectory'] = options.stateDirectory ?? json['stateDirectory'] ?? LINUX_STATE_DIRECTORY;
      // The service account owns the default place only: a file elsewhere (--config) keeps
      // its owner, the administrator's choice.
      if (!options.config) owner = await serviceAccount(LINUX_SERVICE_USER, err);
    } else if (options.stateDirectory) json['stateDirectory'] = options.stateDirectory;

    // Validate all of it as the agent will read it, then write it where the agent looks.
    const config = configFromJson(json, { file, env: {} });
    const folder = dirname(file);
    await writing(file, () => mkdir(folder, { recursive: true }));
    err(t.restricted(await restrictAccess(folder, { kind: 'folder', owner })));
    await writing(file, () => writeFile(file, `${JSON.stringify(json, null, 2)}\n`, { mode: 0o600 }));
    err(t.restricted(await restrictAccess(file, { kind: 'file', owner })));
    err(t.wrote(file));
    if (resolve(config.stateDirectory) !== resolve(folder)) {
      await mkdir(config.stateDirectory, { recursive: true });
      err(t.restricted(await restrictAccess(config.stateDirectory, { kind: 'folder', owner })));
    }

    err(t.doctor);
    const { default: doctor } = await import('./doctor.js');
    const doctorStatus = await doctor({ config: file, ...(options.now ? { now: options.now } : {}) });

    let linksFile = options.linksExport;
    if (!linksFile && ask && (await ask.confirm(t.linksExport, true))) {
      linksFile = await ask.ask(t.linksFile, resolve('links.csv'));
    }
    if (linksFile) {
      const { default: linksExport } = await import('./links-export.js');
      await linksExport({
        config: file,
        out: linksFile,
        encoding: 'cp932',
        ...(options.now ? { now: options.now } : {}),
      });
    }

    const install = options.serviceInstall ?? (ask ? await ask.confirm(t.serviceInstall, false) : false);
    if (install) {
      const { default: serviceInstall } = await import('./service-install.js');
      await serviceInstall({ config: file, ...(options.winsw ? { winsw: options.winsw } : {}) });
    }
    err(t.done(file));
    return doctorStatus;
  } finally {
    ask?.close();
  }
}

/** Runs a write of the configuration, turning a refusal into what to do about it. */
async function writing(file: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AgentError(
      tr(code === 'EACCES' || code === 'EPERM' ? 'setup.writeDenied' : 'setup.writeFailed', {
        file,
        code: code ?? (error as Error).message,
      }),
      { code: 'SETUP_PERMISSION', cause: error },
    );
  }
}

const usage = (message: string) => new AgentError(message, { code: 'SETUP_INPUT', exitStatus: 2 });

async function readExisting(file: string): Promise<Record<string, unknown> | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  // As every command reads it: UTF-8, UTF-16 or Shift_JIS, anything else refused by name.
  const { text } = decodeConfigText(bytes, file);
  try {
    const json = JSON.parse(text) as unknown;
    return json && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    throw new ConfigError([{ field: '(file)', message: tr('setup.existingInvalid') }], file);
  }
}

/** Asks KING OF TIME about the token as `doctor` does (through the proxy being configured). */
async function checkToken(
  json: Record<string, unknown>,
  file: string,
  now: string | undefined,
): Promise<{ ok: boolean; detail: string }> {
  let config: AgentConfig;
  try {
    config = configFromJson(json, { file, env: {} });
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, detail: error.message };
    throw error;
  }
  const token = config.accessToken?.reveal();
  const redact = createRedactor([token, config.proxy?.password?.reveal()]);
  const log = createLogger({ level: 'warn', redact, write: (line) => process.stderr.write(line) });
  const checks = await kotChecks(config, resolveClock(now), log);
  // Only what says whether the token works: the clock and the restricted hours are doctor's.
  const failed = checks.find((c) => (c.id === 'token' || c.id === 'network') && c.status === 'fail');
  const tokenCheck = checks.find((c) => c.id === 'token');
  const detail = redact(
    failed
      ? `${render(failed.detail)}${failed.fix ? ` → ${render(failed.fix)}` : ''}`
      : tokenCheck
        ? render(tokenCheck.detail)
        : `token ${describeSecret(token ?? '')}`,
  );
  return { ok: !failed, detail };
}

const idOf = (flag: '-u' | '-g', name: string) =>
  new Promise<number | undefined>((done) => {
    execFile('id', [flag, name], (error, stdout) => done(error ? undefined : Number(stdout.trim())));
  });

/** The Linux service account, created (a system account without a login) when root runs setup. */
async function serviceAccount(
  name: string,
  err: (text: string) => void,
): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  if ((await idOf('-u', name)) === undefined) {
    await new Promise<void>((done, fail) => {
      execFile(
        'useradd',
        [
          '--system',
          '--home-dir',
          LINUX_STATE_DIRECTORY,
          '--no-create-home',
          '--shell',
          '/usr/sbin/nologin',
          name,
        ],
        (error, _out, stderr) =>
          error
            ? fail(
                new AgentError(tr('setup.useraddFailed', { name, message: stderr.trim() || error.message }), {
                  code: 'SETUP_PERMISSION',
                }),
              )
            : done(),
      );
    });
    err(`useradd --system ${name}\n`);
  }
  const uid = await idOf('-u', name);
  const gid = await idOf('-g', name);
  return uid === undefined || gid === undefined ? undefined : { uid, gid };
}
