import type { Lang, Translate } from '../messages.js';

/** What every page is rendered with. */
export interface PageContext {
  lang: Lang;
  t: Translate;
  /** The path of the page (for the navigation's current item). */
  path: string;
  /** The session's CSRF token, for forms. */
  csrf: string;
  readOnly: boolean;
}
