import type { ConsoleStatus, PunchView } from '../../console-model.js';
import { type Html, html } from '../html.js';
import { employeeLabel, kindName, reasonOf, shortTime, stateBadge } from './format.js';
import { layout } from './layout.js';
import type { PageContext } from './page-context.js';

const STATES = ['planned', 'sending', 'sent', 'uncertain', 'failed'] as const;

function punchTable(context: PageContext, caption: string, punches: PunchView[]): Html {
  const { t } = context;
  return html`<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">${t('employee')}</th><th scope="col">${t('workday')}</th><th scope="col">${t('punches')}</th><th scope="col">${t('reason')}</th></tr></thead>
<tbody>${punches.map(
    (p) => html`<tr><td>${employeeLabel(p.employeeCode, p.employeeName)}</td><td>${p.workday}</td>
<td>${kindName(context, p.kind)} ${shortTime(p.at, p.workday)} ${stateBadge(context, p.state)}</td><td>${reasonOf(context, p)}${
      p.until ? html` <span class="muted">(${p.until})</span>` : ''
    }</td></tr>`,
  )}</tbody>
</table>`;
}

/** 状態: the agent, its passes, punches by state, what needs a person, the settings at a glance. */
export function statusPage(context: PageContext, s: ConsoleStatus): Html {
  const { t } = context;
  const needs = s.unlinked.length + s.failed.length + s.uncertain.length + s.corrections.length;
  const body = html`
<p class="muted">${s.at} ${t('asOf')} (${s.timeZone})</p>
<section aria-labelledby="agent-h">
<h2 id="agent-h">${t('agent')}</h2>
<dl class="facts">
<dt>${t('agent')}</dt><dd>${
    s.agent.running
      ? html`<span class="badge sent">${t('agentRunning')}</span> ${[
          s.agent.pid ? `pid ${s.agent.pid}` : '',
          s.agent.hostname ?? '',
          s.agent.since ?? '',
        ]
          .filter(Boolean)
          .join(' · ')}`
      : html`<span class="badge failed">${t('agentStopped')}</span>`
  }</dd>
<dt>${t('lastPass')}</dt><dd>${
    s.lastPass
      ? html`${s.lastPass.at} — ${t('passLine', { events: s.lastPass.events, sent: s.lastPass.sent, failed: s.lastPass.failed })}${
          s.lastPass.stopped
            ? html`<br><span class="badge uncertain">${t('deliveryPaused')}</span> ${s.lastPass.stoppedByLang?.[context.lang] ?? s.lastPass.stopped}`
            : ''
        }`
      : t('none')
  }</dd>
<dt>${t('nextPass')}</dt><dd>${s.nextPassAt ?? t('none')}</dd>
<dt>${t('restrictedHours')}</dt><dd>${s.restricted.now ? html`<span class="badge uncertain">${t('restrictedNow', { until: s.restricted.until ?? '' })}</span>` : t('restrictedNot')}</dd>
<dt>${t('token')}</dt><dd>${s.token.configured ? t('tokenConfigured') : html`<span class="badge failed">${t('tokenMissing')}</span>`}</dd>
${s.proxy ? html`<dt>${t('proxy')}</dt><dd>${s.proxy.url}${s.proxy.authenticated ? ` — ${t('proxyAuth')}` : ''}</dd>` : ''}
<dt>${t('newestLog')}</dt><dd>${
    s.newestLog
      ? html`${s.newestLog.file} — ${s.newestLog.modifiedAt} (${t('minutesAgo', { n: s.newestLog.ageMinutes })})`
      : t('noLogFiles')
  }</dd>
<dt>${t('employeeList')}</dt><dd>${
    s.employeeList
      ? t('employeeListLine', { n: s.employeeList.employees, at: s.employeeList.fetchedAt })
      : t('employeeListMissing')
  }</dd>
</dl>
</section>
<section aria-labelledby="counts-h">
<h2 id="counts-h">${t('punchesByState')}</h2>
<ul class="counts">${STATES.map((state) => html`<li>${stateBadge(context, state)} <strong>${s.counts[state]}</strong></li>`)}</ul>
<p>${t('dueNow', { n: s.due })}</p>
</section>
<section aria-labelledby="needs-h">
<h2 id="needs-h">${t('needsPerson')}</h2>
${needs === 0 ? html`<p>${t('nothingNeeded')}</p>` : ''}
${
  s.unlinked.length > 0
    ? html`<table>
<caption>${t('unlinkedAccounts')}</caption>
<thead><tr><th scope="col">${t('account')}</th><th scope="col">${t('lastLog')}</th><th scope="col">${t('event')}</th></tr></thead>
<tbody>${s.unlinked.map((u) => html`<tr><td><a href="/links#unlinked">${u.account}</a></td><td>${u.lastSeen}</td><td>${u.events}</td></tr>`)}</tbody>
</table>`
    : ''
}
${s.failed.length > 0 ? punchTable(context, t('failedPunches'), s.failed) : ''}
${s.uncertain.length > 0 ? punchTable(context, t('uncertainPunches'), s.uncertain) : ''}
${
  s.corrections.length > 0
    ? html`<table>
<caption>${t('correctionItems')}</caption>
<thead><tr><th scope="col">${t('employee')}</th><th scope="col">${t('workday')}</th><th scope="col">${t('message')}</th></tr></thead>
<tbody>${s.corrections.map((c) => html`<tr><td>${employeeLabel(c.employeeCode, c.employeeName)}</td><td>${c.workday}</td><td><a href="/corrections">${c.messageByLang?.[context.lang] ?? c.message}</a></td></tr>`)}</tbody>
</table>`
    : ''
}
</section>
<section aria-labelledby="settings-h">
<h2 id="settings-h">${t('settings')}</h2>
<dl class="facts">
<dt>${t('logFolder')}</dt><dd>${s.logDirectory ?? '—'}</dd>
<dt>${t('ledger')}</dt><dd>${s.ledgerDirectory}</dd>
<dt>${t('linksFile')}</dt><dd>${s.linksFile}</dd>
</dl>
${
  s.problems.length > 0
    ? html`<h3>${t('problems')}</h3><ul>${s.problems.map((p) => html`<li>${p}</li>`)}</ul>`
    : ''
}
</section>`;
  return layout(context, t('navStatus'), body);
}
