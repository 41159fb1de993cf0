/**
 * KOT's punch (打刻) type codes: `'1'` 出勤, `'2'` 退勤, `'3'` 休憩開始, `'4'` 休憩終了,
 * `'7'` 外出, `'8'` 外出戻り.
 */
export type KotSimulatorPunchCode = '1' | '2' | '3' | '4' | '7' | '8';

/** A punch stored by the simulator, in arrival order. */
export interface KotSimulatorTimerecord {
  /** Arrival order, starting at 1; survives other punches being replaced. */
  readonly id: number;
  /** 従業員識別キー. */
  readonly employeeKey: string;
  /** 従業員コード at the time of the punch. */
  readonly employeeCode: string;
  /** The working day (勤務日) the punch belongs to, `YYYY-MM-DD`. */
  readonly date: string;
  /** The punch time as KOT returns it, `2024-02-07T09:03:12+09:00`. */
  readonly time: string;
  /** The punch time as an instant. */
  readonly at: Date;
  /** 打刻種別コード. */
  readonly code: KotSimulatorPunchCode;
  /** 打刻種別名: 出勤, 退勤, 休憩開始, 休憩終了, 外出 or 外出戻り. */
  readonly name: string;
  /** 打刻所属コード. */
  readonly divisionCode: string;
  /** 打刻所属名. */
  readonly divisionName: string;
  /** 緯度, when sent. */
  readonly latitude?: number;
  /** 経度, when sent. */
  readonly longitude?: number;
  /** 打刻手段コード, only on seeded punches. */
  readonly credentialCode?: number;
  /** 打刻手段名, only on seeded punches. */
  readonly credentialName?: string;
  /** When the simulator stored it, by the simulator's clock. */
  readonly receivedAt: Date;
  /** `'api'` for a punch POST, `'seed'` or `'code'` for punches added with the seed or `addTimerecord`. */
  readonly source: 'api' | 'seed' | 'code';
}

/** A punch to add from code or the seed, as if it had been punched earlier. */
export interface KotSimulatorTimerecordInput {
  /** The employee's key or code. */
  employee: string;
  /** Working day `YYYY-MM-DD`. @default the working day of `time` under the employee's division's 日付変更時刻 */
  date?: string;
  /** The punch time: a `Date` or an ISO 8601 string with an offset. */
  time: Date | string;
  /** 打刻種別コード. */
  code: KotSimulatorPunchCode;
  /** 打刻所属コード. @default the employee's division */
  divisionCode?: string;
  /** 緯度. */
  latitude?: number;
  /** 経度. */
  longitude?: number;
  /** 打刻手段コード (KOT shows e.g. 300 with `credentialName` 'KOTSL'). */
  credentialCode?: number;
  /** 打刻手段名. */
  credentialName?: string;
}

/** Why a working day is an error day (エラー勤務). */
export type KotSimulatorErrorReason =
  | 'duplicate-clock-in'
  | 'duplicate-clock-out'
  | 'clock-out-without-clock-in'
  | 'clock-out-before-clock-in'
  | 'unpaired-break';

/** A working day of one employee that KOT would flag as an error day (`isError: true`). */
export interface KotSimulatorErrorDay {
  /** 従業員識別キー. */
  readonly employeeKey: string;
  /** 従業員コード. */
  readonly employeeCode: string;
  /** The working day `YYYY-MM-DD`. */
  readonly date: string;
  /** Every reason found, e.g. `['duplicate-clock-in']`. */
  readonly reasons: readonly KotSimulatorErrorReason[];
}
