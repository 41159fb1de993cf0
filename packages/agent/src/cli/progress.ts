import { MultiBar, Presets } from 'cli-progress';
import { t } from '../i18n/translate.js';

/** One progress bar: how far a long task is. */
export interface ProgressBar {
  update(value: number, total?: number): void;
  stop(): void;
}

/** Progress display for long backfills: bars on a terminal, nothing elsewhere. */
export interface Progress {
  /** Starts a bar, e.g. `progress.bar('読み込み', totalBytes, 'bytes')`. */
  bar(label: string, total: number, unit?: string): ProgressBar;
  /** Writes a log line above the bars (or straight to stderr when there are none). */
  write(line: string): void;
  /** Removes every bar; safe to call twice. */
  stop(): void;
}

/**
 * Progress bars on a terminal stream. The caller decides when bars are wanted (stderr is a
 * terminal and logs are text), so that redirected output and `--json` never carry progress.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const multi = new MultiBar(
    {
      stream,
      clearOnComplete: true,
      hideCursor: true,
      format: `{label} [{bar}] {percentage}% | {value}/{total} {unit} | ${t('progress.eta')} {eta_formatted}`,
    },
    Presets.shades_classic,
  );
  let active = 0;
  return {
    bar(label, total, unit = '') {
      const bar = multi.create(Math.max(total, 1), 0, { label, unit });
      active++;
      let stopped = false;
      return {
        update(value, newTotal) {
          if (newTotal !== undefined) bar.setTotal(Math.max(newTotal, 1));
          bar.update(value);
        },
        stop() {
          if (stopped) return;
          stopped = true;
          multi.remove(bar);
          active--;
        },
      };
    },
    write(line) {
      if (active > 0) multi.log(line);
      else stream.write(line);
    },
    stop() {
      multi.stop();
      active = 0;
    },
  };
}
