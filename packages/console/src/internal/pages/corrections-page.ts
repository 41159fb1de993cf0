import type { CorrectionView, PunchView } from '../../console-model.js';
import { type Html, html } from '../html.js';
import { employeeLabel, kindName, reasonOf, shortTime } from './format.js';
import { csrfField, layout } from './layout.js';
import type { PageContext } from './page-context.js';

/** 補正: correction items to resolve and failed punches to send again. */
export function correctionsPage(
  context: PageContext,
  data: { corrections: CorrectionView[]; failed: PunchView[] },
  notice?: { kind: 'ok' | 'error'; text: string },
): Html {
  const { t, readOnly } = context;
  const body = html`
<section aria-labelledby="corr-h">
<h2 id="corr-h">${t('correctionItems')}</h2>
${
  data.corrections.length === 0
    ? html`<p>${t('noCorrections')}</p>`
    : html`<table>
<thead><tr><th scope="col">${t('employee')}</th><th scope="col">${t('workday')}</th><th scope="col">${t('message')}</th><th scope="col">${t('createdAt')}</th>${readOnly ? '' : html`<th scope="col">${t('resolve')}</th>`}</tr></thead>
<tbody>${data.corrections.map(
        (c) =>
          html`<tr data-correction="${c.id}"><td>${employeeLabel(c.employeeCode, c.employeeName)}</td><td>${c.workday}</td><td>${kindName(context, c.kind)}: ${c.messageByLang?.[context.lang] ?? c.message}</td><td>${c.createdAt}</td>${
            readOnly
              ? ''
              : html`<td><form method="post" action="/corrections/resolve" class="inline">${csrfField(context)}<input type="hidden" name="id" value="${c.id}"><button type="submit">${t('resolve')}</button></form></td>`
          }</tr>`,
      )}</tbody>
</table>`
}
</section>
<section aria-labelledby="failed-h">
<h2 id="failed-h">${t('failedPunches')}</h2>
${
  data.failed.length === 0
    ? html`<p>${t('noFailed')}</p>`
    : html`<table>
<thead><tr><th scope="col">${t('employee')}</th><th scope="col">${t('workday')}</th><th scope="col">${t('punches')}</th><th scope="col">${t('reason')}</th><th scope="col">${t('attempts')}</th>${readOnly ? '' : html`<th scope="col">${t('retry')}</th>`}</tr></thead>
<tbody>${data.failed.map(
        (p) =>
          html`<tr data-punch="${p.id}"><td>${employeeLabel(p.employeeCode, p.employeeName)}</td><td>${p.workday}</td><td>${kindName(context, p.kind)} ${shortTime(p.at, p.workday)}</td><td>${reasonOf(context, p)}</td><td>${p.attempts}</td>${
            readOnly
              ? ''
              : html`<td><form method="post" action="/punches/retry" class="inline">${csrfField(context)}<input type="hidden" name="id" value="${p.id}"><button type="submit">${t('retry')}</button></form></td>`
          }</tr>`,
      )}</tbody>
</table>`
}
</section>`;
  return layout(context, t('navCorrections'), body, notice);
}
