import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { AgentError } from '../errors/agent-error.js';
import { t } from '../i18n/translate.js';
import { renderSystemdUnit, type SystemdOptions } from './render-systemd-unit.js';
import { renderWinswXml } from './render-winsw-xml.js';
import { type RunTool, runTool } from './run-tool.js';
import { DEFAULT_SERVICE_ID, type ServiceDefinition } from './service-definition.js';

/** Where and how to install the service. */
export interface InstallServiceOptions {
  platform: 'windows' | 'linux';
  definition: ServiceDefinition;
  /** Windows: the WinSW executable the administrator placed (its XML is written beside it). */
  winsw?: string;
  /** Windows: where WinSW writes the service's logs. */
  logDirectory?: string;
  /**
   * Linux: the folder of systemd units.
   * @default '/etc/systemd/system'
   */
  unitDirectory?: string;
  /** Linux: the unit's account, state folder and log folder (see {@link SystemdOptions}). */
  systemd?: Omit<SystemdOptions, keyof ServiceDefinition>;
  /** Runs WinSW / systemctl; replaceable for tests. */
  run?: RunTool;
}

/** Where WinSW's XML goes: beside the executable, with the same base name. */
export function winswXmlPath(winsw: string): string {
  return join(dirname(winsw), `${basename(winsw, extname(winsw))}.xml`);
}

/**
 * Installs and starts the agent as a service. Windows: writes WinSW's XML beside the WinSW
 * executable, then `install` and `start`. Linux: writes the systemd unit, then
 * `systemctl daemon-reload` and `systemctl enable --now`. Returns what was done, one line each.
 *
 * @throws {AgentError} `SERVICE_WINSW_MISSING` when the WinSW executable is not there;
 * `SERVICE_PERMISSION` when the files cannot be written (run as administrator / root).
 */
export async function installService(options: InstallServiceOptions): Promise<string[]> {
  const run = options.run ?? runTool;
  const done: string[] = [];
  if (options.platform === 'windows') {
    const winsw = await requireWinsw(options.winsw);
    const file = winswXmlPath(winsw);
    const logDirectory = options.logDirectory ?? join(dirname(winsw), 'logs');
    await writeServiceFile(file, renderWinswXml({ ...options.definition, logDirectory }));
    done.push(t('service.wrote', { file }));
    await run(winsw, ['install']);
    done.push(`${winsw} install`);
    await run(winsw, ['start']);
    done.push(`${winsw} start`);
    return done;
  }
  const unit = unitPath(options);
  await writeServiceFile(unit, renderSystemdUnit({ ...options.definition, ...options.systemd }));
  done.push(t('service.wrote', { file: unit }));
  await run('systemctl', ['daemon-reload']);
  done.push('systemctl daemon-reload');
  await run('systemctl', ['enable', '--now', basename(unit)]);
  done.push(`systemctl enable --now ${basename(unit)}`);
  return done;
}

/** Stops and removes the service {@link installService} installed. Returns what was done. */
export async function uninstallService(
  options: Omit<InstallServiceOptions, 'definition'> & { id?: string },
): Promise<string[]> {
  const run = options.run ?? runTool;
  const done: string[] = [];
  if (options.platform === 'windows') {
    const winsw = await requireWinsw(options.winsw);
    // A service that is already stopped makes `stop` fail; uninstalling is what matters.
    await run(winsw, ['stop']).then(
      () => done.push(`${winsw} stop`),
      () => done.push(t('service.stopNotRunning', { command: `${winsw} stop` })),
    );
    await run(winsw, ['uninstall']);
    done.push(`${winsw} uninstall`);
    return done;
  }
  const unit = unitPath({ ...options, definition: { id: options.id } });
  await run('systemctl', ['disable', '--now', basename(unit)]);
  done.push(`systemctl disable --now ${basename(unit)}`);
  await rm(unit, { force: true });
  done.push(t('service.removedFile', { file: unit }));
  await run('systemctl', ['daemon-reload']);
  done.push('systemctl daemon-reload');
  return done;
}

function unitPath(options: {
  unitDirectory?: string | undefined;
  definition: { id?: string | undefined };
}): string {
  return join(
    options.unitDirectory ?? '/etc/systemd/system',
    `${options.definition.id ?? DEFAULT_SERVICE_ID}.service`,
  );
}

async function requireWinsw(winsw: string | undefined): Promise<string> {
  const hint = t('service.winswHint');
  if (!winsw) {
    throw new AgentError(t('service.winswNotGiven', { hint }), {
      code: 'SERVICE_WINSW_MISSING',
      exitStatus: 2,
    });
  }
  try {
    await access(winsw);
  } catch {
    throw new AgentError(t('service.winswNotFound', { path: winsw, hint }), {
      code: 'SERVICE_WINSW_MISSING',
    });
  }
  return winsw;
}

async function writeServiceFile(file: string, content: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AgentError(
      t(code === 'EACCES' || code === 'EPERM' ? 'service.writeDenied' : 'service.writeFailed', {
        file,
        code: code ?? 'I/O error',
      }),
      { code: 'SERVICE_PERMISSION', cause: error },
    );
  }
}
