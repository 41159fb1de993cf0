// The public API of @pclogin/agent: what another log source's agent reuses.
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
export { defaultStateDirectory } from './config/default-state-directory.js';
export { DEFAULT_CONFIG_FILE, type LoadConfigOptions, loadConfig } from './config/load-config.js';
export { describeSecret, Secret } from './config/secret.js';
export { AgentError, type ExitStatus } from './errors/agent-error.js';
export { ConfigError, type ConfigProblem } from './errors/config-error.js';
export { UsageError } from './errors/usage-error.js';
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
export {
  type InstallServiceOptions,
  installService,
  uninstallService,
  winswXmlPath,
} from './service/install-service.js';
export { renderSystemdUnit, type SystemdOptions } from './service/render-systemd-unit.js';
export { renderWinswXml, type WinswOptions } from './service/render-winsw-xml.js';
export type { RunTool } from './service/run-tool.js';
export { DEFAULT_SERVICE_ID, type ServiceDefinition } from './service/service-definition.js';
export { VERSION } from './version.js';
