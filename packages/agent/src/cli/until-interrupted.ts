/**
 * Resolves when the process gets SIGINT (Ctrl+C) or SIGTERM, and stops listening for them: how
 * the commands that serve until stopped (`console`, `demo --console`) wait.
 */
export function untilInterrupted(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
