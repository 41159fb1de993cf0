/** What a service definition needs to know: how to start `pclogin-agent run`. */
export interface ServiceDefinition {
  /**
   * The service's name (WinSW `<id>`, the systemd unit's name without `.service`).
   * @default 'pclogin-agent'
   */
  id?: string;
  /** The Node.js executable, or the agent's single executable, absolute. */
  node: string;
  /** The agent's `cli.js`, absolute; absent when `node` is the single executable. */
  script?: string | undefined;
  /** The configuration file, absolute. */
  configFile: string;
  /** The service's working directory, absolute (the configuration file's folder). */
  workingDirectory: string;
}

/** The default service name. */
export const DEFAULT_SERVICE_ID = 'pclogin-agent';
