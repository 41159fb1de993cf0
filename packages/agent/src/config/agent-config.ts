import type { AgentConfigFile } from './agent-config-schema.js';
import type { ConfigFileEncoding } from './decode-config-text.js';
import type { ConfigSource } from './find-config-file.js';
import type { Secret } from './secret.js';

/**
 * The agent's configuration after loading: the file's fields with defaults applied, paths
 * made absolute, and the environment merged in. Secrets are {@link Secret}s.
 */
export interface AgentConfig {
  /** The configuration file it was read from, when there was one. */
  file: string | undefined;
  /** How the file was encoded, when there was one (`shift_jis`: read, but better saved as UTF-8). */
  fileEncoding?: ConfigFileEncoding;
  /** How {@link file} was found: `--config`, `PCLOGIN_CONFIG`, the working folder or the platform default. */
  fileSource: ConfigSource | undefined;
  /** 企業コード. */
  companyCode: string | undefined;
  /** アクセストークン, from `PCLOGIN_ACCESS_TOKEN` or the file. */
  accessToken: Secret | undefined;
  /** The SmartOn log folder, absolute; `undefined` means "ask the registry" (Windows only). */
  logDirectory: string | undefined;
  /** Where the ledger, checkpoints and caches live, absolute. */
  stateDirectory: string;
  /** The linking CSV, absolute. */
  linksFile: string;
  kot: {
    baseUrl: string | undefined;
    timeoutSeconds: number | undefined;
    requestsPerSecond: number | undefined;
  };
  /** An explicit proxy; `undefined` lets the client read `HTTPS_PROXY` / `NO_PROXY`. */
  proxy: { url: string; username: string | undefined; password: Secret | undefined } | undefined;
  timeZone: string;
  clockOut: 'after-day-end' | 'rolling';
  clockOutGraceMinutes: number;
  breaks: { enabled: boolean; minGapMinutes: number };
  /** SmartOn CSV layout overrides and the file name pattern. */
  csv: AgentConfigFile['csv'];
  defaultDayBorder: string;
  /** Working days before this date (`YYYY-MM-DD`) are ignored. */
  startDate: string | undefined;
  pollIntervalSeconds: number;
  logFormat: 'text' | 'json';
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}
