/**
 * An open working day whose account is now linked to another employee (or to none), moved there
 * by the aggregator: its events count for the employee linked now.
 */
export interface RelinkedDay {
  /** The account whose events the day held (normalised). */
  account: string;
  /** The working day it was (under the new owner's day-change time the events may fall on others). */
  workday: string;
  /** The employee the day belonged to; `undefined`: the account was not linked. */
  from: string | undefined;
  /** The employee it belongs to now; `undefined`: the link was removed. */
  to: string | undefined;
}
