/** The languages the CLI speaks. */
export const LOCALES = ['ja', 'en'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/**
 * The CLI's language for a locale tag such as `ja_JP.UTF-8`, `ja-JP` or `en-US`: Japanese for
 * any `ja` tag, English for any other real language, `undefined` for no tag at all.
 */
export function localeFromTag(tag: string | undefined): Locale | undefined {
  const value = tag?.trim();
  if (!value) return undefined;
  return /^ja(?:$|[-_.@])/i.test(value) ? 'ja' : 'en';
}

/** Where {@link detectLocale} looks. */
export interface LocaleSources {
  /** The command line: `--lang ja`, `--lang=en`. */
  argv?: readonly string[];
  /** `PCLOGIN_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG`. */
  env?: NodeJS.ProcessEnv;
  /**
   * The system's locale when the environment names none: what Node's ICU reads from the
   * system (on Windows the user's locale, i.e. the regional format's language, which on a
   * Japanese Windows is Japanese).
   * @default Intl.DateTimeFormat().resolvedOptions().locale
   */
  systemLocale?: string | undefined;
}

/**
 * The language of the CLI: `--lang`, else `PCLOGIN_LANG`, else the system locale (`LC_ALL`,
 * `LC_MESSAGES`, `LANG`, as POSIX orders them; else the system's, e.g. the Windows user's
 * locale), else English. An unusable `--lang` value is left to the parser to refuse.
 *
 * @example
 * detectLocale({ argv: ['node', 'cli.js', 'doctor'], env: { LANG: 'ja_JP.UTF-8' } }) // → 'ja'
 */
export function detectLocale(sources: LocaleSources = {}): Locale {
  const argv = sources.argv ?? process.argv;
  const env = sources.env ?? process.env;
  const fromArgv = langArgument(argv);
  if (fromArgv === 'ja' || fromArgv === 'en') return fromArgv;
  const fromEnv = localeFromTag(env['PCLOGIN_LANG']);
  if (fromEnv) return fromEnv;
  // POSIX: LC_ALL overrides LC_MESSAGES, which overrides LANG; "C"/"POSIX" mean no language.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    if (/^(?:C|POSIX)(?:$|\.)/i.test(value)) return 'en';
    const locale = localeFromTag(value);
    if (locale) return locale;
  }
  const system = 'systemLocale' in sources ? sources.systemLocale : systemLocale();
  return localeFromTag(system) ?? 'en';
}

/** The value of `--lang` on a command line (before `--`), if any. */
export function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

function systemLocale(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}
