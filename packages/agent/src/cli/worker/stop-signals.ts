import { isMainThread, parentPort } from 'node:worker_threads';

/** The signals that ask the agent to stop after the request in flight. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

/** A stop signal forwarded from the main thread to a command running on a worker. */
export interface ForwardedSignal {
  type: 'signal';
  signal: NodeJS.Signals;
}

function isForwardedSignal(message: unknown): message is ForwardedSignal {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'signal' &&
    typeof (message as { signal?: unknown }).signal === 'string'
  );
}

/**
 * Calls `handler` when the process is asked to stop (Ctrl+C, `systemctl stop`, the Windows
 * service stopping). Signals reach only the main thread, which forwards them to a command
 * running on a worker ({@link runOnWorker}); this listens where the command runs.
 * Returns a function that stops listening (on a worker, that also lets the thread end).
 */
export function onStopSignals(handler: (signal: NodeJS.Signals) => void): () => void {
  if (isMainThread || !parentPort) {
    for (const s of STOP_SIGNALS) process.on(s, handler);
    return () => {
      for (const s of STOP_SIGNALS) process.off(s, handler);
    };
  }
  const port = parentPort;
  const listener = (message: unknown) => {
    if (isForwardedSignal(message)) handler(message.signal);
  };
  port.on('message', listener);
  return () => {
    port.off('message', listener);
  };
}
