import { execFile } from 'node:child_process';
import { win32 } from 'node:path';

/** What running reg.exe gave: its exit status and raw output bytes. */
export interface RegRunResult {
  exitStatus: number;
  stdout: Uint8Array;
  stderr: Uint8Array;
}

/** Runs reg.exe with arguments (no shell). Replace it in tests. */
export type RegRunner = (args: readonly string[]) => Promise<RegRunResult>;

/**
 * Runs `%SystemRoot%\System32\reg.exe` with `execFile` — no shell, so spaces and Japanese in
 * arguments pass unchanged — with raw byte output and no console window. Rejects only when
 * reg.exe cannot be started.
 */
export function createRegRunner(env: Readonly<Record<string, string | undefined>> = process.env): RegRunner {
  const regExe = win32.join(env.SystemRoot ?? env.windir ?? 'C:\\Windows', 'System32', 'reg.exe');
  return (args) =>
    new Promise((resolve, reject) => {
      execFile(
        regExe,
        [...args],
        { encoding: 'buffer', windowsHide: true, timeout: 30_000 },
        (error, stdout, stderr) => {
          const status = (error as { code?: unknown } | null)?.code;
          if (error && typeof status !== 'number') reject(error);
          else resolve({ exitStatus: typeof status === 'number' ? status : 0, stdout, stderr });
        },
      );
    });
}
