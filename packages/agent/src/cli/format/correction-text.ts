import type { LedgerCorrection } from '@pclogin/core';
import { instantToZonedTime } from '@pclogin/core';
import type { Locale } from '../../i18n/locale.js';
import { getLocale, type MessageKey, translate } from '../../i18n/translate.js';
import { KIND_NAMES } from './kind-names.js';

const REASONS = [
  'earlier-log-after-clock-in',
  'later-log-after-clock-out',
  'break-changed-after-sent',
  'break-removed-after-sent',
  'single-log-day',
  'held-differs',
  'relinked-after-sent',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * What to fix in KING OF TIME for a correction item, in the CLI's language: the catalog's
 * sentence for its reason, with the times as KING OF TIME's 打刻編集 shows them (`03/06 09:00`).
 * The planner's own sentence when the item does not say its reason.
 */
export function correctionText(
  correction: LedgerCorrection,
  timeZone: string,
  locale: Locale = getLocale(),
): string {
  const detail = (correction.detail ?? {}) as {
    reason?: unknown;
    sentAt?: unknown;
    observedAt?: unknown;
    values?: { account?: unknown; to?: unknown; state?: unknown };
  };
  const reason = REASONS.find((r) => r === detail.reason);
  if (!reason) return correction.message;
  const values = detail.values ?? {};
  // Written before the correction carried its values: the planner's own sentence.
  if (reason === 'relinked-after-sent' && typeof values.account !== 'string') return correction.message;
  const time = (iso: unknown) => {
    if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso))) return '';
    const z = instantToZonedTime(new Date(iso), timeZone);
    return `${pad(z.month)}/${pad(z.day)} ${pad(z.hour)}:${pad(z.minute)}:${pad(z.second)}`;
  };
  const key =
    reason === 'relinked-after-sent' && !values.to
      ? 'correction.relinked-after-sent.unlinked'
      : `correction.${reason}`;
  return translate(locale, key as MessageKey, {
    kind: correction.kind ? KIND_NAMES[correction.kind] : '',
    sent: time(detail.sentAt),
    observed: time(detail.observedAt),
    account: typeof values.account === 'string' ? values.account : '',
    to: typeof values.to === 'string' ? values.to : '',
    state: values.state === 'sent' ? 'sent' : 'uncertain',
  });
}
