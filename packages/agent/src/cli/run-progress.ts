import { t } from '../i18n/translate.js';
import type { RunProgress } from '../runner/run-once-options.js';
import type { Progress, ProgressBar } from './progress.js';

/** Bars for a long pass: bytes read, then punches sent. Small passes show none. */
export function runProgressBars(progress: Progress): {
  onProgress: (p: RunProgress) => void;
  stop: () => void;
} {
  let read: ProgressBar | undefined;
  let deliver: ProgressBar | undefined;
  return {
    onProgress(p) {
      if (p.phase === 'read') {
        if (!read && p.done < p.total && p.total > 4 * 1024 * 1024)
          read = progress.bar(t('progress.read'), p.total, t('progress.bytes'));
        read?.update(p.done, p.total);
      } else if (p.phase === 'deliver') {
        read?.stop();
        if (!deliver && p.total > 20)
          deliver = progress.bar(t('progress.deliver'), p.total, t('progress.punches'));
        deliver?.update(p.done, p.total);
      }
    },
    stop() {
      read?.stop();
      deliver?.stop();
    },
  };
}
