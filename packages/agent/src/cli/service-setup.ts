import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultConfigFile } from '../config/find-config-file.js';
import { bundledWinswPath, isSingleExecutable } from '../internal/single-executable.js';
import { SYSTEMD_DEFAULT_USER } from '../service/render-systemd-unit.js';
import type { ServiceDefinition } from '../service/service-definition.js';
import { type ConfigOptions, createCommandContext } from './context.js';

/** The options of the `service` commands. */
export interface ServiceCommandOptions extends ConfigOptions {
  winsw?: string;
  unitDir?: string;
  platform?: 'windows' | 'linux';
}

/**
 * What the `service` commands install: this single executable, or this Node.js running this
 * cli.js, with this configuration (the one found, else where `setup` writes it).
 */
export async function serviceSetup(
  options: ServiceCommandOptions,
  { requireConfig }: { requireConfig: boolean },
) {
  // Installing validates the configuration first: a service that cannot start helps nobody.
  const context = await createCommandContext(options, { optional: !requireConfig });
  const configFile = context.config.file ?? (options.config ? resolve(options.config) : defaultConfigFile());
  const executable = isSingleExecutable();
  const script = executable ? undefined : process.argv[1] ? realpathSync(process.argv[1]) : resolve('cli.js');
  const definition: ServiceDefinition = {
    node: process.execPath,
    ...(script === undefined ? {} : { script }),
    configFile,
    workingDirectory: dirname(configFile),
  };
  const platform = options.platform ?? (process.platform === 'win32' ? 'windows' : 'linux');
  // The release archive carries WinSW beside the executable; with npm, the administrator places it.
  const winsw =
    options.winsw ??
    (executable ? bundledWinswPath() : join(context.config.stateDirectory, 'service', 'pclogin-agent.exe'));
  const logDirectory = join(context.config.stateDirectory, 'logs');
  const systemd = {
    user: SYSTEMD_DEFAULT_USER,
    stateDirectory: context.config.stateDirectory,
    logDirectory: context.config.logDirectory,
  };
  return { context, definition, platform, winsw, logDirectory, systemd } as const;
}
