import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_CONFIG_FILE } from '../config/load-config.js';
import type { ServiceDefinition } from '../service/service-definition.js';
import { type ConfigOptions, createCommandContext } from './context.js';

/** The options of the `service` commands. */
export interface ServiceCommandOptions extends ConfigOptions {
  winsw?: string;
  unitDir?: string;
  platform?: 'windows' | 'linux';
}

/** What the `service` commands install: this Node.js running this cli.js with this configuration. */
export async function serviceSetup(
  options: ServiceCommandOptions,
  { requireConfig }: { requireConfig: boolean },
) {
  // Installing validates the configuration first: a service that cannot start helps nobody.
  const context = await createCommandContext(options, { optional: !requireConfig });
  const configFile = context.config.file ?? resolve(options.config ?? DEFAULT_CONFIG_FILE);
  const script = process.argv[1] ? realpathSync(process.argv[1]) : resolve('cli.js');
  const definition: ServiceDefinition = {
    node: process.execPath,
    script,
    configFile,
    workingDirectory: dirname(configFile),
  };
  const platform = options.platform ?? (process.platform === 'win32' ? 'windows' : 'linux');
  const winsw = options.winsw ?? join(context.config.stateDirectory, 'service', 'pclogin-agent.exe');
  const logDirectory = join(context.config.stateDirectory, 'logs');
  return { context, definition, platform, winsw, logDirectory } as const;
}
