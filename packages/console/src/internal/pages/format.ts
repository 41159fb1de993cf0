import type { ConsolePunchKind, ConsolePunchState, PunchView } from '../../console-model.js';
import { type Html, html } from '../html.js';
import type { PageContext } from './page-context.js';

/** A punch's kind in the page's language. */
export function kindName(context: PageContext, kind: string): string {
  return ['clockIn', 'clockOut', 'breakStart', 'breakEnd'].includes(kind)
    ? context.t(`kind_${kind as ConsolePunchKind}`)
    : kind;
}

/** A punch's state as a badge. */
export function stateBadge(context: PageContext, state: ConsolePunchState): Html {
  return html`<span class="badge ${state}">${context.t(`state_${state}`)}</span>`;
}

/** `2024-02-07 09:01:00` → `09:01` when the day is the working day shown, else the date too. */
export function shortTime(at: string | undefined, workday?: string): string {
  if (!at) return '';
  const [date, time = ''] = at.split(' ');
  return date === workday ? time.slice(0, 5) : `${date} ${time.slice(0, 5)}`;
}

/** A punch's reason in the page's language when the backend gave it, else as the ledger holds it. */
export function reasonOf(context: PageContext, p: PunchView): string {
  return p.reasonByLang?.[context.lang] ?? p.reason ?? '';
}

/** A punch in one line: kind, time, state, reason. */
export function punchLine(context: PageContext, p: PunchView, workday?: string): Html {
  return html`<li>${kindName(context, p.kind)} <time>${shortTime(p.at, workday)}</time> ${stateBadge(context, p.state)}${
    p.until
      ? html` <span class="reason">${context.t('untilAt', { at: shortTime(p.until, workday) })}</span>`
      : ''
  }${p.reason ? html` <span class="reason">${reasonOf(context, p)}</span>` : ''}</li>`;
}

/** The employee as `code name`. */
export function employeeLabel(code: string | undefined, name: string | undefined): string {
  return [code, name].filter(Boolean).join(' ');
}
