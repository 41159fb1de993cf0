import { brand, hasBrand } from '../../ledger/internal/brand.js';
import type { ReasonDetail } from '../../ledger/reason-detail.js';

/** What a {@link PunchReadError} is built from. */
export interface PunchReadErrorInit {
  /** What went wrong, for people (never a secret). */
  reason: string;
  /** When reading can work again, if known: e.g. the end of KING OF TIME's restricted hours. */
  retryAt?: Date;
  /** The underlying error's machine-readable code (e.g. `KOT_RESTRICTED_HOURS`). */
  reasonCode?: string;
  /** {@link PunchReadErrorInit.reason} as a code and values, for messages in other languages (kept in the ledger). */
  reasonDetail?: ReasonDetail;
  /** The underlying error. */
  cause?: unknown;
  /**
   * When only these employees' records cannot be read (e.g. KING OF TIME's employee list does
   * not hold them): a read of the other employees of the query works, and
   * {@link readRecordedPunches} reads them without these. Absent: the read as a whole failed.
   */
  employeeCodes?: readonly string[];
}

/**
 * The error {@link PunchSink.recorded} throws when the recorded punches cannot be read now, e.g.
 * during KING OF TIME's restricted hours (APIの利用制限時間帯), when reads are refused but
 * punches are not. Uncertain punches then stay `uncertain` until `retryAt`.
 */
export class PunchReadError extends Error {
  override readonly name: string = 'PunchReadError';
  /** Always `PUNCH_READ_FAILED`; the underlying code is {@link PunchReadError.reasonCode}. */
  readonly code = 'PUNCH_READ_FAILED' as const;
  /** See {@link PunchReadErrorInit.reason}. */
  readonly reason: string;
  /** See {@link PunchReadErrorInit.retryAt}. */
  readonly retryAt: Date | undefined;
  /** See {@link PunchReadErrorInit.reasonCode}. */
  readonly reasonCode: string | undefined;
  /** See {@link PunchReadErrorInit.reasonDetail}. */
  readonly reasonDetail: ReasonDetail | undefined;
  /** See {@link PunchReadErrorInit.employeeCodes}. */
  readonly employeeCodes: readonly string[] | undefined;

  /** @param init - the facts of the failure */
  constructor(init: PunchReadErrorInit) {
    super(init.reason, init.cause === undefined ? undefined : { cause: init.cause });
    this.reason = init.reason;
    this.retryAt = init.retryAt;
    this.reasonCode = init.reasonCode;
    this.reasonDetail = init.reasonDetail;
    this.employeeCodes = init.employeeCodes;
    brand(this, 'PunchReadError');
  }

  /** Whether `value` is a {@link PunchReadError} from any copy of this package. */
  static isInstance(value: unknown): value is PunchReadError {
    return hasBrand(value, 'PunchReadError');
  }
}
