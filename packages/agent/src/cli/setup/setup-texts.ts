import type { Locale } from '../../i18n/locale.js';
import { type MessageKey, type MessageValues, translate } from '../../i18n/translate.js';

/** The languages `setup` speaks: the CLI's. */
export type SetupLanguage = Locale;

/** The words of `setup` in one language, from the CLI's message catalogs (`setup.*`). */
function setupTexts(locale: Locale) {
  const m = (key: MessageKey, values?: MessageValues) => translate(locale, key, values);
  return {
    welcome: (file: string) => `${m('setup.welcome', { file })}\n`,
    existing: `${m('setup.existing')}\n`,
    companyCode: m('setup.companyCode'),
    proxy: m('setup.proxy'),
    proxyUser: m('setup.proxyUser'),
    proxyPassword: m('setup.proxyPassword'),
    token: m('setup.token'),
    tokenKept: m('setup.tokenKept'),
    checking: `${m('setup.checking')}\n`,
    tokenOk: (detail: string) => `${m('setup.tokenOk', { detail })}\n`,
    tokenBad: (detail: string) => `${m('setup.tokenBad', { detail })}\n`,
    tryAgain: m('setup.tryAgain'),
    logDirectory: m('setup.logDirectory'),
    logFromRegistry: (dir: string) => `${m('setup.logFromRegistry', { dir })}\n`,
    noRegistry: (why: string) => `${m('setup.noRegistry', { why })}\n`,
    wrote: (what: string) => `${m('setup.wrote', { what })}\n`,
    restricted: (what: string) => `${m('setup.restricted', { what })}\n`,
    doctor: `\n${m('setup.doctor')}\n`,
    linksExport: m('setup.linksExport'),
    linksFile: m('setup.linksFile'),
    serviceInstall: m('setup.serviceInstall'),
    done: (file: string) => `\n${m('setup.done', { file })}\n`,
    nonInteractive: `${m('setup.nonInteractive')}\n`,
  };
}

/** The words of `setup`, in Japanese and English. */
export const SETUP_TEXTS: Record<SetupLanguage, ReturnType<typeof setupTexts>> = {
  ja: setupTexts('ja'),
  en: setupTexts('en'),
};
