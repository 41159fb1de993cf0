import { dirname, join } from 'node:path';

/**
 * Whether this process is the agent's single executable (`pclogin-agent.exe` /
 * `pclogin-agent` from the release archive) rather than `node cli.js`.
 */
export function isSingleExecutable(): boolean {
  return process.getBuiltinModule('node:sea').isSea();
}

/** The WinSW executable's name in the Windows release archive, beside `pclogin-agent.exe`. */
export const BUNDLED_WINSW_NAME = 'pclogin-agent-service.exe';

/** Where the release archive puts WinSW: beside the executable. */
export function bundledWinswPath(execPath: string = process.execPath): string {
  return join(dirname(execPath), BUNDLED_WINSW_NAME);
}
