/** What a started test proxy consists of, for {@link runningProxy}. */
export interface RunningProxyParts {
  /** The loopback port it accepts connections on. */
  port: number;
  /** Everything it logged so far. */
  output: () => string;
  /** Stops it (and cleans up); resolves once it is gone. Called at most once. */
  stop: () => Promise<void>;
}

/** A test proxy that accepts connections: the common part of `Tinyproxy` and `TestProxy`. */
export interface RunningProxy {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** The loopback port. */
  port: number;
  /** Everything it logged so far. */
  output(): string;
  /** Stops it; resolves once it is gone. A second call waits for the same stop. */
  stop(): Promise<void>;
}

/**
 * The handle every test proxy hands out once it accepts connections on 127.0.0.1: its URL from
 * its port, its log, and a `stop()` that runs once however often it is called (tests stop a
 * proxy in `finally` and again in `afterEach`).
 */
export function runningProxy(parts: RunningProxyParts): RunningProxy {
  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${parts.port}`,
    port: parts.port,
    output: parts.output,
    stop: () => {
      stopped ??= parts.stop();
      return stopped;
    },
  };
}
