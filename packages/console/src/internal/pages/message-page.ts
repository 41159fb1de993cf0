import { type Html, html } from '../html.js';
import { layout } from './layout.js';
import type { PageContext } from './page-context.js';

/** A page that only says something: refused, not found, an error. */
export function messagePage(context: PageContext, title: string, text: string): Html {
  return layout(context, title, html`<p>${text}</p>`);
}
