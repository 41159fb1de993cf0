import type { LinkProblemView, LinksView } from '../../console-model.js';
import { type Html, html } from '../html.js';
import { employeeLabel } from './format.js';
import { csrfField, layout } from './layout.js';
import type { PageContext } from './page-context.js';

/** A table of linking CSV problems, as `links check` reports them. */
export function problemTable(
  context: PageContext,
  problems: readonly LinkProblemView[],
  caption: string,
): Html {
  const { t } = context;
  return html`<table class="problems">
<caption>${caption}</caption>
<thead><tr><th scope="col">${t('line')}</th><th scope="col">${t('severity')}</th><th scope="col">${t('message')}</th><th scope="col">${t('fix')}</th></tr></thead>
<tbody>${problems.map(
    (p) =>
      html`<tr><td>${p.line}</td><td><span class="badge ${p.severity === 'error' ? 'failed' : p.severity === 'warning' ? 'uncertain' : 'planned'}">${t(`sev_${p.severity}`)}</span></td><td>${(p.byLang?.[context.lang] ?? p).message}</td><td>${(p.byLang?.[context.lang] ?? p).fix}</td></tr>`,
  )}</tbody>
</table>`;
}

/** アカウント連携: employees beside their accounts, unlinked accounts with suggestions, import/export. */
export function linksPage(
  context: PageContext,
  view: LinksView,
  notice?: { kind: 'ok' | 'error'; text: Html | string },
): Html {
  const { t, readOnly } = context;
  const editable = !readOnly;
  const body = html`
<p class="muted">${t('linksFile')}: ${view.file}${
    view.employeeList
      ? html` · ${t('employeeList')}: ${t('employeeListLine', { n: view.employeeList.employees, at: view.employeeList.fetchedAt })}`
      : ''
  }</p>
${view.employeeList ? '' : html`<p class="notice error">${t('noDirectory')}</p>`}
<section aria-labelledby="unlinked">
<h2 id="unlinked">${t('unlinkedAccounts')}</h2>
${
  view.unlinked.length === 0
    ? html`<p>${t('none')}</p>`
    : html`<table>
<thead><tr><th scope="col">${t('account')}</th><th scope="col">${t('lastLog')}</th><th scope="col">${t('suggestions')}</th>${editable ? html`<th scope="col">${t('chooseEmployee')}</th>` : ''}</tr></thead>
<tbody>${view.unlinked.map(
        (u, i) => html`<tr data-account="${u.account}"><td>${u.account}</td><td>${u.lastSeen}</td>
<td>${
          u.suggestions.length === 0
            ? '—'
            : html`<ul class="plain">${u.suggestions.map(
                (s) =>
                  html`<li>${
                    editable
                      ? html`<form method="post" action="/links/save" class="inline">${csrfField(context)}
<input type="hidden" name="employeeCode" value="${s.employeeCode}"><input type="hidden" name="serviceAccount" value="${u.account}"><input type="hidden" name="mode" value="add">
<button type="submit">${t('link')}: ${employeeLabel(s.employeeCode, s.employeeName)}</button></form>`
                      : employeeLabel(s.employeeCode, s.employeeName)
                  } <span class="muted">(${t(`why_${s.why === 'same-code' ? 'same_code' : s.why === 'zero-padding' ? 'zero_padding' : 'name'}`)})</span></li>`,
              )}</ul>`
        }</td>
${
  editable
    ? html`<td><form method="post" action="/links/save" class="inline">${csrfField(context)}
<input type="hidden" name="serviceAccount" value="${u.account}"><input type="hidden" name="mode" value="add">
<label for="pick-${i}" class="sr">${t('chooseEmployee')} (${u.account})</label>
<select id="pick-${i}" name="employeeCode">${view.employees.map((e) => html`<option value="${e.code}">${employeeLabel(e.code, e.name)}</option>`)}</select>
<button type="submit">${t('link')}</button></form></td>`
    : ''
}</tr>`,
      )}</tbody>
</table>`
}
</section>
<section aria-labelledby="employees-h">
<h2 id="employees-h">${t('linkedEmployees')}</h2>
<table class="links">
<thead><tr><th scope="col">${t('employeeCode')}</th><th scope="col">${t('name')}</th><th scope="col">${t('accounts')}</th>${editable ? html`<th scope="col">${t('setAccount')}</th>` : ''}</tr></thead>
<tbody>${view.employees.map(
    (e) =>
      html`<tr data-employee="${e.code}"><td>${e.code}</td><td>${e.name ?? ''}</td><td>${e.accounts.join(', ') || html`<span class="muted">${t('notLinked')}</span>`}</td>${
        editable
          ? html`<td><form method="post" action="/links/save" class="inline">${csrfField(context)}
<input type="hidden" name="employeeCode" value="${e.code}"><input type="hidden" name="mode" value="set">
<label for="acct-${e.code}" class="sr">${t('account')} (${e.code})</label>
<input id="acct-${e.code}" type="text" name="serviceAccount" value="${e.accounts[0] ?? ''}" size="16">
<button type="submit">${t('save')}</button></form></td>`
          : ''
      }</tr>`,
  )}</tbody>
</table>
${
  view.otherRows.length > 0
    ? html`<table><caption>${t('otherRows')}</caption>
<thead><tr><th scope="col">${t('line')}</th><th scope="col">${t('employeeCode')}</th><th scope="col">${t('name')}</th><th scope="col">${t('account')}</th></tr></thead>
<tbody>${view.otherRows.map((r) => html`<tr><td>${r.line}</td><td>${r.employeeCode}</td><td>${r.name}</td><td>${r.serviceAccount}</td></tr>`)}</tbody></table>`
    : ''
}
</section>
${view.problems.length > 0 ? html`<section aria-labelledby="problems-h"><h2 id="problems-h">${t('linkProblems')}</h2>${problemTable(context, view.problems, view.file)}</section>` : ''}
<section aria-labelledby="io-h">
<h2 id="io-h">${t('importExport')}</h2>
<p><a href="/links/export" download>${t('export')}</a></p>
${
  editable
    ? html`<form method="post" action="/links/import" enctype="multipart/form-data">${csrfField(context)}
<label for="import-file">${t('importFile')}</label>
<input id="import-file" type="file" name="file" accept=".csv,text/csv" required>
<button type="submit">${t('import')}</button>
</form>`
    : ''
}
</section>`;
  return layout(context, t('navLinks'), body, notice);
}
