/** One employee's working day: what a batched read of KING OF TIME's punches is asked for. */
export interface EmployeeDay {
  /** The KOT employee code (打刻先アカウント). */
  employeeCode: string;
  /** The working day (勤務日), `YYYY-MM-DD`. */
  workday: string;
}
