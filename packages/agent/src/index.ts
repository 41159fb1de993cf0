// The public API of @pclogin/agent: what another log source's agent reuses.

export { checkLogDirectory } from './agent/check-log-directory.js';
export { ledgerDirectory, openAgentStore } from './agent/open-agent-store.js';
export { type LedgerView, readLedgerView } from './agent/read-ledger-view.js';
export { resolveLogDirectory } from './agent/resolve-log-directory.js';
export { runOptionsFromConfig } from './agent/run-options-from-config.js';
export { type RunWithConfigOptions, runWithConfig } from './agent/run-with-config.js';
export { smartonSourceFromConfig } from './agent/smarton-source-from-config.js';
export { COMMAND_HEAP_LIMITS } from './cli/worker/command-heap.js';
export { type Clock, resolveClock, systemClock } from './clock/clock.js';
export type { AgentConfig } from './config/agent-config.js';
export {
  type AgentConfigFile,
  accessTokenSchema,
  agentConfigFileSchema,
  breakSettingsSchema,
  companyCodeSchema,
  kotSettingsSchema,
  proxySettingsSchema,
} from './config/agent-config-schema.js';
export type { ConfigFileEncoding } from './config/decode-config-text.js';
export { defaultStateDirectory } from './config/default-state-directory.js';
export {
  type ConfigSource,
  defaultConfigFile,
  type FindConfigFileOptions,
  type FoundConfigFile,
  findConfigFile,
} from './config/find-config-file.js';
export {
  configFromJson,
  DEFAULT_CONFIG_FILE,
  type LoadConfigOptions,
  loadConfig,
} from './config/load-config.js';
export { describeSecret, Secret } from './config/secret.js';
export {
  type AgentConsoleBackendOptions,
  createAgentConsoleBackend,
} from './console/agent-console-backend.js';
export { AgentError, type ExitStatus } from './errors/agent-error.js';
export { ConfigError, type ConfigProblem } from './errors/config-error.js';
export { UsageError } from './errors/usage-error.js';
export {
  createKotClientFromConfig,
  type KotClientFromConfigOptions,
} from './kot/create-kot-client-from-config.js';
export {
  createKotPunchSink,
  type KotPunchSinkOptions,
  toPunchSendError,
} from './kot/create-kot-punch-sink.js';
export { DirectoryUnavailableError } from './kot/directory-unavailable-error.js';
export {
  DIRECTORY_CACHE_KEY,
  isCredentialError,
  type LoadEmployeeDirectoryOptions,
  type LoadedEmployeeDirectory,
  loadEmployeeDirectory,
} from './kot/load-employee-directory.js';
export { LinksFileError } from './links/links-file-error.js';
export { type LoadedLinks, loadLinks } from './links/load-links.js';
export {
  createLogger,
  type LogFields,
  type Logger,
  type LoggerOptions,
  type LogLevel,
  logLevels,
  silentLogger,
} from './logging/logger.js';
export { createRedactor, type Redact } from './logging/redactor.js';
export { type RunAgentOptions, runAgent } from './runner/run-agent.js';
export { AGGREGATOR_STATE_KEY, runOnce } from './runner/run-once.js';
export type { RunOnceOptions, RunProgress } from './runner/run-once-options.js';
export type { IncompleteDelivery, RunOnceReport, UnlinkedAccount } from './runner/run-once-report.js';
export {
  type InstallServiceOptions,
  installService,
  uninstallService,
  winswXmlPath,
} from './service/install-service.js';
export {
  renderSystemdUnit,
  SYSTEMD_DEFAULT_USER,
  type SystemdOptions,
} from './service/render-systemd-unit.js';
export { renderWinswXml, type WinswOptions } from './service/render-winsw-xml.js';
export type { RunTool } from './service/run-tool.js';
export { DEFAULT_SERVICE_ID, type ServiceDefinition } from './service/service-definition.js';
export { createSmartonSource, SMARTON_SOURCE_NAME } from './source/create-smarton-source.js';
export { VERSION } from './version.js';
