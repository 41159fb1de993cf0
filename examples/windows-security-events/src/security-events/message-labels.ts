/**
 * The field labels of a localized Security event `Message`, each a list of the spellings
 * Windows uses. Matching is exact after trimming, so `Network Account Name` never matches
 * `Account Name`.
 */
export interface MessageLabels {
  /** The account name field: English `Account Name`, Japanese `アカウント名`. */
  accountName: string[];
  /** The account domain field: English `Account Domain`, Japanese `アカウント ドメイン`. */
  accountDomain: string[];
  /**
   * The logon type field: English `Logon Type`; Japanese `ログオン タイプ` (Windows 10 and
   * later) or `ログオンの種類` (older Windows).
   */
  logonType: string[];
  /**
   * The section of event 4624 holding the account that was logged on, as opposed to the
   * `Subject` section that holds the account that asked for the logon (usually `PC01$`):
   * English `New Logon`, Japanese `新しいログオン`.
   */
  newLogonSection: string[];
}

/**
 * The labels of English and Japanese Windows. Other display languages: pass their
 * labels in the parser's `labels` option (they are added to these).
 */
export const defaultMessageLabels: MessageLabels = {
  accountName: ['Account Name', 'アカウント名'],
  accountDomain: ['Account Domain', 'アカウント ドメイン'],
  logonType: ['Logon Type', 'ログオン タイプ', 'ログオンの種類'],
  newLogonSection: ['New Logon', '新しいログオン'],
};
