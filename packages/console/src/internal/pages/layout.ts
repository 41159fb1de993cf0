import { type Html, html } from '../html.js';
import type { MessageKey } from '../messages.js';
import type { PageContext } from './page-context.js';

const NAV: [path: string, key: MessageKey][] = [
  ['/', 'navStatus'],
  ['/days', 'navDays'],
  ['/logs', 'navLogs'],
  ['/links', 'navLinks'],
  ['/corrections', 'navCorrections'],
];

/** The frame of every page: language, title, navigation, the read-only banner, a notice. */
export function layout(
  context: PageContext,
  title: string,
  body: Html,
  notice?: { kind: 'ok' | 'error'; text: Html | string },
): Html {
  const { t } = context;
  return html`<!doctype html>
<html lang="${context.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${t('appName')}</title>
<link rel="stylesheet" href="/assets/console.css">
</head>
<body>
<a class="skip" href="#main">${t('skipToContent')}</a>
<header>
<p class="app">${t('appName')}</p>
<nav aria-label="${t('appName')}"><ul>
${NAV.map(
  ([path, key]) =>
    html`<li><a href="${path}"${context.path === path ? html` aria-current="page"` : ''}>${t(key)}</a></li>`,
)}
</ul></nav>
</header>
<main id="main">
${context.readOnly ? html`<p class="banner" role="status">${t('readOnlyBanner')}</p>` : ''}
${notice ? html`<div class="notice ${notice.kind}" role="${notice.kind === 'error' ? 'alert' : 'status'}">${notice.text}</div>` : ''}
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
}

/** A hidden CSRF field for a form. */
export function csrfField(context: PageContext): Html {
  return html`<input type="hidden" name="_csrf" value="${context.csrf}">`;
}
