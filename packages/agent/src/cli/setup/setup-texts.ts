/** The languages `setup` speaks. */
export type SetupLanguage = 'ja' | 'en';

/** The words of `setup`, in Japanese and English. */
export const SETUP_TEXTS = {
  ja: {
    welcome: (file: string) => `pclogin-agent の初期設定です。設定ファイル: ${file}\n`,
    existing: '既存の設定を読み込みました。Enter でいまの値のまま進みます。\n',
    companyCode: '企業コード（KING OF TIME のログイン ID の先頭 3 文字または 6 文字）',
    proxy: 'プロキシの URL（使わない場合は空のまま Enter、設定済みのプロキシを外すには -）',
    proxyUser: 'プロキシのユーザー名（認証なしなら空のまま Enter）',
    proxyPassword: 'プロキシのパスワード（入力は表示されません）',
    token: 'アクセストークン（入力は表示されません）',
    tokenKept: 'アクセストークン（Enter で既存のトークンのまま）',
    checking: 'KING OF TIME にトークンを確認しています…\n',
    tokenOk: (detail: string) => `トークンを確認しました: ${detail}\n`,
    tokenBad: (detail: string) => `トークンを確認できません: ${detail}\n`,
    tryAgain: 'もう一度入力しますか',
    logDirectory: 'SmartOn ID のログフォルダー',
    logFromRegistry: (dir: string) =>
      `SmartOn ID の設定（レジストリ）ではログフォルダーは ${dir} です。空のまま Enter でこれを使います（設定ファイルには書かず、起動のたびにレジストリを読みます）。\n`,
    noRegistry: (why: string) => `レジストリからログフォルダーが分かりません（${why}）。\n`,
    wrote: (what: string) => `書き込みました: ${what}\n`,
    restricted: (what: string) => `アクセス権を制限しました: ${what}\n`,
    doctor: '\n診断（pclogin-agent doctor）を実行します。\n',
    linksExport: 'KING OF TIME の従業員一覧を紐付け CSV に書き出しますか',
    linksFile: '書き出すファイル',
    serviceInstall: 'サービスとして登録して開始しますか',
    done: (file: string) => `\n設定は完了です。以後のコマンドは --config なしで ${file} を使います。\n`,
    nonInteractive: '対話なしで実行します（--yes または端末なし）。\n',
  },
  en: {
    welcome: (file: string) => `pclogin-agent setup. Configuration file: ${file}\n`,
    existing: 'Read the existing configuration: press Enter to keep a value.\n',
    companyCode: '企業コード (the first 3 or 6 characters of your KING OF TIME login ID)',
    proxy: 'Proxy URL (leave empty for none; - removes the one configured)',
    proxyUser: 'Proxy user name (leave empty if it needs none)',
    proxyPassword: 'Proxy password (not shown)',
    token: 'Access token (アクセストークン, not shown)',
    tokenKept: 'Access token (Enter keeps the configured one)',
    checking: 'Checking the token with KING OF TIME…\n',
    tokenOk: (detail: string) => `Token checked: ${detail}\n`,
    tokenBad: (detail: string) => `The token could not be confirmed: ${detail}\n`,
    tryAgain: 'Enter it again',
    logDirectory: 'SmartOn ID log folder',
    logFromRegistry: (dir: string) =>
      `SmartOn ID's setting (registry) puts the logs in ${dir}. Press Enter to use it (not written to the file: the agent reads the registry at each start).\n`,
    noRegistry: (why: string) => `The registry does not give the log folder (${why}).\n`,
    wrote: (what: string) => `Wrote ${what}\n`,
    restricted: (what: string) => `Restricted access: ${what}\n`,
    doctor: '\nRunning the checks (pclogin-agent doctor).\n',
    linksExport: "Export KOT's employee list as a linking CSV to fill in",
    linksFile: 'File to write',
    serviceInstall: 'Install and start the service',
    done: (file: string) => `\nSetup is done. Commands now use ${file} without --config.\n`,
    nonInteractive: 'Running without questions (--yes, or no terminal).\n',
  },
} satisfies Record<SetupLanguage, Record<string, unknown>>;

/** The language of the machine: Japanese when its locale or `LANG` is Japanese, else English. */
export function defaultSetupLanguage(env: NodeJS.ProcessEnv = process.env): SetupLanguage {
  const lang = env['LC_ALL'] || env['LANG'] || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^ja/i.test(lang) ? 'ja' : 'en';
}
