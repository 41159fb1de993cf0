import type { LogsQuery, LogsView } from '../../console-model.js';
import { type Html, html } from '../html.js';
import { employeeLabel } from './format.js';
import { layout } from './layout.js';
import type { PageContext } from './page-context.js';

function pageLink(query: LogsQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.day) params.set('day', query.day);
  if (query.employee) params.set('employee', query.employee);
  if (query.account) params.set('account', query.account);
  if (query.computer) params.set('computer', query.computer);
  params.set('page', String(page));
  return `/logs?${params}`;
}

/** ログ表示: every event with the remark ログオン / ログオフ, filtered and paged. */
export function logsPage(context: PageContext, view: LogsView, query: LogsQuery): Html {
  const { t } = context;
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  const body = html`
<form method="get" action="/logs" class="filters">
<label>${t('workday')} <input type="date" name="day" value="${query.day ?? ''}"></label>
<label>${t('employeeCode')} <input type="text" name="employee" value="${query.employee ?? ''}" size="10"></label>
<label>${t('account')} <input type="text" name="account" value="${query.account ?? ''}" size="14"></label>
<label>${t('computer')} <input type="text" name="computer" value="${query.computer ?? ''}" size="14"></label>
<button type="submit">${t('filter')}</button>
</form>
${view.problems.length > 0 ? html`<ul class="notice error">${view.problems.map((p) => html`<li>${p}</li>`)}</ul>` : ''}
${
  view.rows.length === 0
    ? html`<p>${t('noLogs')}</p>`
    : html`<table class="logs">
<caption>${t('pageOf', { page: view.page, pages, total: view.total })}</caption>
<thead><tr><th scope="col">${t('time')}</th><th scope="col">${t('account')}</th><th scope="col">${t('employee')}</th><th scope="col">${t('computer')}</th><th scope="col">${t('event')}</th><th scope="col">${t('workday')}</th><th scope="col">${t('remark')}</th></tr></thead>
<tbody>${view.rows.map(
        (r) =>
          html`<tr><td>${r.at}</td><td>${r.account}</td><td>${employeeLabel(r.employeeCode, r.employeeName)}</td><td>${r.computer ?? ''}</td><td>${r.event}</td><td>${r.workday}</td><td>${r.remark ? html`<strong>${r.remark}</strong>` : ''}</td></tr>`,
      )}</tbody>
</table>`
}
<nav class="pager" aria-label="${t('pageOf', { page: view.page, pages, total: view.total })}">
${view.page > 1 ? html`<a href="${pageLink(query, view.page - 1)}" rel="prev">${t('previous')}</a>` : ''}
${view.page < pages ? html`<a href="${pageLink(query, view.page + 1)}" rel="next">${t('next')}</a>` : ''}
</nav>`;
  return layout(context, t('navLogs'), body);
}
