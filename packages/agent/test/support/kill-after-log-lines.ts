import { type CliProcess, kill } from './cli-process.js';

/**
 * A crash test's kill point between two durable steps: once `child` has logged `lines` lines
 * (on stderr, where the agent logs), SIGKILL it — if `claim()` still lets this caller end it
 * (it returns false when another kill point already took this life, and otherwise marks the
 * life as taken). Resolves with the number of lines seen at the kill once the process is gone,
 * or `undefined` when the process ended otherwise (it finished, or another kill point ended it).
 *
 * @example
 * ```ts
 * const seen = await killAfterLogLines(child, 3 + Math.floor(rnd() * 40), () => {
 *   if (current !== child) return false;
 *   current = undefined;
 *   return true;
 * });
 * if (seen !== undefined) kills.push(`after ${seen} log lines`);
 * ```
 */
export function killAfterLogLines(
  child: CliProcess,
  lines: number,
  claim: () => boolean,
): Promise<number | undefined> {
  return new Promise((resolve) => {
    let seen = 0;
    let killing = false;
    child.child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').length - 1;
      if (seen >= lines && !killing && claim()) {
        killing = true;
        const at = seen;
        void kill(child).then(() => resolve(at));
      }
    });
    void child.result.then(() => {
      if (!killing) resolve(undefined);
    });
  });
}
