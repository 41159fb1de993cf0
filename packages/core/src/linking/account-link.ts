/**
 * One row of PC Login's linking (紐づけ) CSV: a source account (サービスアカウント) linked to
 * the KING OF TIME employee (打刻先アカウント) whose punches its logs become.
 */
export interface LinkRow {
  /** 連携種別, e.g. `SmartOn ID連携`. Kept as written. */
  linkType: string;
  /** 種別コード, `1` for SmartOn ID in PC Login's files; `''` when the file has no such column. */
  typeCode: string;
  /** 打刻先アカウント: the KOT employee code, a string that may have leading zeros. */
  employeeCode: string;
  /** 姓・名, for people reading the file; not used for matching. */
  name: string;
  /** サービスアカウント: the account in the log source (the SmartOn account). `''` means not linked. */
  serviceAccount: string;
}

/** A {@link LinkRow} read from a file, with the line it starts on. */
export interface AccountLink extends LinkRow {
  /** The 1-based line of the file the row starts on (the header is line 1 in a usual file). */
  lineNumber: number;
}

/** The 連携種別 PC Login writes for SmartOn ID. */
export const SMARTON_LINK_TYPE = 'SmartOn ID連携';
/** The 種別コード PC Login writes for SmartOn ID. */
export const SMARTON_TYPE_CODE = '1';
