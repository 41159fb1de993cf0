import type { DaysView } from '../../console-model.js';
import { type Html, html } from '../html.js';
import { employeeLabel, kindName, punchLine, shortTime } from './format.js';
import { layout } from './layout.js';
import type { PageContext } from './page-context.js';

/** 日別データ: per employee and working day, the logs, the punches and (on request) what KOT holds. */
export function daysPage(
  context: PageContext,
  view: DaysView,
  query: { employee?: string | undefined; withKot: boolean },
): Html {
  const { t } = context;
  const kotShown = view.kot !== undefined;
  const body = html`
<form method="get" action="/days" class="filters">
<label>${t('from')} <input type="date" name="from" value="${view.from}"></label>
<label>${t('to')} <input type="date" name="to" value="${view.to}"></label>
<label>${t('employeeCode')} <input type="text" name="employee" value="${query.employee ?? ''}" size="10"></label>
<label class="check"><input type="checkbox" name="kot" value="1"${query.withKot ? html` checked` : ''}> ${t('readKot')}</label>
<button type="submit">${t('show')}</button>
</form>
${
  view.kot && 'readAt' in view.kot
    ? html`<p class="muted">${t('kotReadAt', { at: view.kot.readAt })}</p>`
    : view.kot
      ? html`<p class="notice error" role="alert">${t('kotReadFailed', { error: view.kot.error })}</p>`
      : ''
}
${
  view.rows.length === 0
    ? html`<p>${t('noDays')}</p>`
    : html`<table class="days">
<caption>${t('navDays')} ${view.from} – ${view.to}</caption>
<thead><tr><th scope="col">${t('employee')}</th><th scope="col">${t('workday')}</th><th scope="col">${t('accounts')}</th><th scope="col">${t('firstLog')}</th><th scope="col">${t('lastLog')}</th><th scope="col">${t('punches')}</th>${
        kotShown ? html`<th scope="col">${t('kotHolds')}</th><th scope="col">${t('differences')}</th>` : ''
      }</tr></thead>
<tbody>${view.rows.map((row) => {
        const differs = (row.differences ?? []).length > 0;
        return html`<tr${differs ? html` class="differs"` : ''} data-employee="${row.employeeCode ?? ''}" data-workday="${row.workday}">
<td>${row.employeeCode ? employeeLabel(row.employeeCode, row.employeeName) : html`<span class="muted">${t('notLinked')}</span>`}</td>
<td>${row.workday}</td>
<td>${row.accounts.join(', ')}</td>
<td>${shortTime(row.firstLog, row.workday)}</td>
<td>${shortTime(row.lastLog, row.workday)}</td>
<td><ul class="plain">${row.punches.map((p) => punchLine(context, p, row.workday))}</ul></td>
${
  kotShown
    ? html`<td class="kot">${
        row.kot
          ? html`${t('kind_clockIn')} <span data-kot="clockIn">${shortTime(row.kot.clockIn, row.workday) || '—'}</span><br>${t('kind_clockOut')} <span data-kot="clockOut">${shortTime(row.kot.clockOut, row.workday) || '—'}</span>`
          : '—'
      }</td><td>${
        differs
          ? html`<strong class="diff">${t('difference')}: ${(row.differences ?? []).map((k) => kindName(context, k)).join(', ')}</strong>`
          : ''
      }</td>`
    : ''
}
</tr>`;
      })}</tbody>
</table>`
}`;
  return layout(context, t('navDays'), body);
}
