/** Planned working hours of an employee, used for 遅刻/早退 and `GET /daily-schedules`. */
export interface KotSimulatorWorkSchedule {
  /** Planned clock-in `HH:MM`. @default '09:00' */
  clockIn: string;
  /** Planned clock-out `HH:MM`; may be earlier than `clockIn` for a night shift. @default '18:00' */
  clockOut: string;
  /** Planned break in minutes. @default 60 */
  breakMinutes: number;
  /** Days of the week worked, 0 = Sunday … 6 = Saturday. @default [1, 2, 3, 4, 5] */
  weekdays: readonly number[];
}

/**
 * An employee as the simulator stores it: KOT's fields plus a few simulator-only ones
 * (`schedule`, `hourlyWage`, `commuteCost`) that feed the computed endpoints.
 */
export interface KotSimulatorEmployee {
  /** 従業員識別キー: 64 lowercase hex characters, unchanged when the code changes. */
  key: string;
  /** 従業員コード: a string, may have leading zeros or letters (`'0001'`, `'A010'`). */
  code: string;
  /** 姓. */
  lastName: string;
  /** 名. */
  firstName: string;
  /** 姓（カナ）. */
  lastNamePhonetics?: string;
  /** 名（カナ）. */
  firstNamePhonetics?: string;
  /** 性別. */
  gender: 'male' | 'female' | 'no_selected';
  /** 所属コード; must name a seeded division. */
  divisionCode: string;
  /** 雇用区分コード; must name a seeded working type. */
  typeCode: string;
  /** Codes of the 従業員グループ the employee belongs to. */
  employeeGroupCodes?: readonly string[];
  /** 入社年月日 `YYYY-MM-DD`; the employee is not listed before it. */
  hiredDate?: string;
  /** 生年月日 `YYYY-MM-DD`. */
  birthDate?: string;
  /** 退職年月日 `YYYY-MM-DD`; listed after it only with `includeResigner=true`. */
  resignationDate?: string;
  /** メールアドレス. */
  emailAddresses?: readonly string[];
  /** 日の契約労働時間 in minutes. */
  allDayRegardingWorkInMinute?: number;
  /** Planned hours (simulator only). @default 09:00–18:00 Monday to Friday with a 60-minute break */
  schedule?: KotSimulatorWorkSchedule;
  /** Yen per worked hour for 人件費概算 (simulator only). @default 1500 */
  hourlyWage?: number;
  /** 交通費 per worked day in yen (simulator only). @default 0 */
  commuteCost?: number;
}

/** An employee to add: like {@link KotSimulatorEmployee}, with the key derived from the code when omitted. */
export type KotSimulatorEmployeeInput = Omit<KotSimulatorEmployee, 'key' | 'gender'> & {
  /** 64 lowercase hex characters. @default derived from the company key and the employee code */
  key?: string;
  /** @default 'no_selected' (選択しない) */
  gender?: KotSimulatorEmployee['gender'];
};
