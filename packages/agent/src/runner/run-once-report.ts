import type { DeliveryStop, LogSourceIssue, ReasonDetail } from '@pclogin/core';

/** An account whose logs were read but which no link covers: kept in the ledger, punched once it is linked. */
export interface UnlinkedAccount {
  account: string;
  /** Events read in this pass. */
  events: number;
  /** The working days they fell on (time zone and default day-change time), sorted. */
  workdays: string[];
}

/** What one {@link runOnce} did. */
export interface RunOnceReport {
  /** Events read. */
  events: number;
  /** Problems the source reported (the first 1000). */
  issues: LogSourceIssue[];
  /** All problems reported, including those not kept in `issues`. */
  issueCount: number;
  /** Accounts with logs and no link. */
  unlinked: UnlinkedAccount[];
  /** Whether planning ran (and committed); `false` when the pass found nothing new and skipped it. */
  planRan: boolean;
  /** Punches newly planned or re-timed. */
  planned: number;
  /** Punches sent (confirmed by KING OF TIME's answer) in this pass. */
  sent: number;
  /** Punches that failed for good in this pass. */
  failed: number;
  /** Punches left uncertain in this pass (to be reconciled). */
  uncertain: number;
  /** Uncertain punches found in KING OF TIME by reconciliation (now `sent`). */
  reconciledFound: number;
  /** Uncertain punches proved absent (planned again, sent once more). */
  reconciledAbsent: number;
  /**
   * Punches KING OF TIME already held for working days this state folder had never seen (a new
   * or restored state folder): recorded as sent, nothing sent.
   */
  held: number;
  /** Open correction items in the ledger. */
  corrections: number;
  /** Inputs left for a later read (a locked file, an unfinished last line). */
  pending: { file: string; reason: string }[];
  /** Why delivery stopped before every due punch was tried (rate limit, outage, token, stop). */
  stopped?: DeliveryStop;
  /** When reconciliation waits (e.g. restricted hours): why and until when. */
  reconcileWaiting?: { reason: string; reasonDetail?: ReasonDetail; retryAt: Date };
  /**
   * `run --once` only: set when it ended with punches still to deliver (due, waiting for a
   * retry, or uncertain), because their wait outlasted the time it may wait.
   */
  incomplete?: IncompleteDelivery;
}

/** What `run --once` left to deliver, for its exit status 3 and its one-line summary. */
export interface IncompleteDelivery {
  /** Planned punches whose time has come: due now or waiting for a retry. */
  planned: number;
  /** Uncertain punches: to be checked against KING OF TIME before any resend. */
  uncertain: number;
  /** When the next of them can go ahead, when known. */
  nextAt?: Date;
  /** Why the next one waits, when known (the last failure: a rate limit, an outage, restricted hours). */
  reason?: string;
  /** {@link IncompleteDelivery.reason} as a code and values, for the summary in the reader's language. */
  reasonDetail?: ReasonDetail;
}
