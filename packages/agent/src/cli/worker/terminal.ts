/** What a command's output streams are attached to, as the main thread sees them. */
export interface TerminalInfo {
  isTTY: boolean;
  columns: number | undefined;
}

/** What `stream` is attached to. */
export function terminalInfo(stream: NodeJS.WriteStream): TerminalInfo {
  return { isTTY: stream.isTTY === true, columns: stream.isTTY ? stream.columns : undefined };
}

/**
 * Makes a worker's forwarded stream say what the main thread's says: a worker's `stdout` and
 * `stderr` are pipes to the main thread, but a person may be watching the terminal at the end
 * of them (progress bars are drawn only then).
 */
export function adoptTerminal(stream: NodeJS.WritableStream, info: TerminalInfo): void {
  const target = stream as unknown as { isTTY?: boolean; columns?: number };
  if (info.isTTY) target.isTTY = true;
  if (info.columns !== undefined) target.columns = info.columns;
}
