/**
 * The company as `GET /company` describes it, plus the feature switches that decide which
 * optional endpoints answer.
 */
export interface KotSimulatorCompany {
  /** 企業識別キー, an opaque stable id. */
  key: string;
  /** 企業コード, the code administrators log in with. */
  code: string;
  /** 企業名. */
  name: string;
  /** The KOT host the company lives on. @default 's2.kingtime.jp' */
  host?: string;
  /** 事業年度開始日 as KOT writes it, `MM/DD`. @default '04/01' */
  businessYearStartDate?: string;
  /** 表示形式 of times in KOT's screens. @default 'sexagesimal' */
  timeDisplayFormat?: 'decimal' | 'sexagesimal';
  /** How decimal times are rounded. @default 'round' */
  decimalTreatType?: 'roundDown' | 'roundUp' | 'round';
  /**
   * Optional KOT features. When one is off, its endpoint answers 400 as KOT does for a
   * company that has not enabled it.
   * @default all true
   */
  features?: {
    /** 従業員グループ (`GET /employee-groups`). @default true */
    employeeGroups?: boolean;
    /** スケジュール申請 (`GET /requests/schedules/{month}`). @default true */
    scheduleRequests?: boolean;
    /** 時間外勤務申請 (`GET /requests/overtimes/{month}`). @default true */
    overtimeRequests?: boolean;
  };
}

/** A division (所属) with its 日付変更時刻, the time of day at which its working day changes. */
export interface KotSimulatorDivision {
  /** 所属コード. */
  code: string;
  /** 所属名. */
  name: string;
  /**
   * 日付変更時刻 `HH:MM`: a punch before this time belongs to the previous working day.
   * @example '05:00'
   */
  dayBorderTime: string;
}

/** A working type (雇用区分). */
export interface KotSimulatorWorkingType {
  /** 雇用区分コード. */
  code: string;
  /** 雇用区分名, e.g. 正社員. */
  name: string;
}

/** An employee group (従業員グループ), optionally inside a category. */
export interface KotSimulatorEmployeeGroup {
  /** 従業員グループコード. */
  code: string;
  /** 従業員グループ名. */
  name: string;
  /** 従業員グループカテゴリ. */
  category?: { code: string; name: string };
}

/** An administrator (管理者) as `GET /administrators` lists them. */
export interface KotSimulatorAdministrator {
  /** 管理者識別キー. */
  key: string;
  /** 管理者コード. */
  code: string;
  /** 管理者名. */
  name: string;
  /** メールアドレス (returned with `additionalFields=emailAddresses`). */
  emailAddresses?: string;
  /** Codes of the employees assigned to this administrator (`additionalFields=associatedEmployees`). */
  associatedEmployeeCodes?: readonly string[];
}
