import { formatInstant } from '@pclogin/core';
import { visibleText } from '../../internal/visible-text.js';
import { listLogFiles, type OfflineOptions, offlineParserOptions } from '../offline-input.js';
import { readLogEvents } from '../read-log-events.js';

/**
 * `pclogin-agent events FILE|DIR… [--json]`: every event, oldest file first; bad rows on
 * stderr. Exit status 0 unless nothing could be read.
 */
export default async function events(
  paths: string[],
  options: OfflineOptions & { json?: boolean },
): Promise<number> {
  const { csv, timeZone, pattern } = await offlineParserOptions(options);
  const files = await listLogFiles(paths, pattern);
  const result = await readLogEvents(files, csv, async (batch) => {
    let text = '';
    for (const e of batch) {
      const at = formatInstant(e.at, timeZone);
      if (options.json) {
        text += `${JSON.stringify({
          account: e.account,
          at,
          kind: e.kind,
          raw: e.raw,
          ...(e.computer !== undefined ? { computer: e.computer } : {}),
          ...(e.source ? { source: { file: e.source.file, line: e.source.line } } : {}),
        })}\n`;
      } else {
        text += `${at}  ${e.account}  ${e.kind.padEnd(6)}  ${e.raw}${e.computer ? `  ${e.computer}` : ''}${e.source ? `  ${e.source.file}:${e.source.line}` : ''}\n`;
      }
    }
    // Wait when stdout is slower than the parser, so a large folder streams in constant memory.
    // Text from the log files: no control character reaches the terminal raw.
    if (!process.stdout.write(visibleText(text)))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
  });
  return result.events === 0 && (result.skipped > 0 || result.unreadable > 0) ? 1 : 0;
}
