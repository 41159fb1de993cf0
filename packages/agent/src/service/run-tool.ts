import { execFile } from 'node:child_process';
import { AgentError } from '../errors/agent-error.js';
import { t } from '../i18n/translate.js';

/** Runs a system tool (WinSW, systemctl) without a shell and returns its output. */
export type RunTool = (file: string, args: readonly string[]) => Promise<string>;

/** The real {@link RunTool}: `execFile`, failing with the tool's own output in the message. */
export const runTool: RunTool = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { windowsHide: true, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const output = `${stdout}${stderr}`.trim();
      const why =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? t('service.toolNotFound')
          : t('service.toolFailed', { message: error.message.split('\n')[0] ?? '' });
      reject(
        new AgentError(`${file} ${args.join(' ')}: ${why}${output ? `\n${output}` : ''}`, {
          code: 'SERVICE_TOOL_FAILED',
        }),
      );
    });
  });
