import type { LogSource } from '@pclogin/core';
import type { AgentConfig } from '../config/agent-config.js';
import { createSmartonSource } from '../source/create-smarton-source.js';

/**
 * The SmartOn folder source with the configuration's `csv` overrides and time zone. The reader's
 * quiet period runs on the real clock: it compares against the files' real modification times.
 */
export function smartonSourceFromConfig(config: AgentConfig, directory: string): LogSource {
  const { pattern, ...csv } = config.csv ?? {};
  return createSmartonSource({
    directory,
    ...csv,
    timeZone: config.timeZone,
    ...(pattern ? { pattern } : {}),
  });
}
