import { brand, hasBrand } from '../internal/brand.js';
import { formatTokyoInstant } from '../internal/time/format-tokyo-instant.js';
import type { KotApiErrorInit } from './api-error.js';
import { KotPermissionError } from './permission-error.js';

/** What a {@link KotRestrictedHoursError} is built from. */
export interface KotRestrictedHoursErrorInit extends Omit<KotApiErrorInit, 'status'> {
  /** When the API can be called again: the end of the restricted window. */
  retryAt: Date;
  /**
   * `client`: the client refused locally, without sending the request, because the clock is
   * inside a restricted window; `server`: KING OF TIME answered 403 with error code 104.
   */
  refusedBy: 'client' | 'server';
  /** The HTTP status; 403 for `server`, and the status KING OF TIME would have sent for `client`. */
  status?: number;
}

/**
 * KING OF TIME refuses API calls during its restricted hours (APIの利用制限時間帯,
 * 08:30–10:00 and 17:30–18:30 Japan time): HTTP 403 with error code 104. The client refuses
 * reads inside those windows itself, without a wasted request ({@link refusedBy} `client`).
 * The 打刻 POST is exempt. {@link retryAt} says when the window ends.
 *
 * @example
 * ```ts
 * if (KotRestrictedHoursError.isInstance(error)) scheduleRetry(error.retryAt);
 * ```
 */
export class KotRestrictedHoursError extends KotPermissionError {
  override readonly name: string = 'KotRestrictedHoursError';
  /** When the restricted window ends and calls are accepted again. */
  readonly retryAt: Date;
  /** Whether the client refused before sending (`client`) or KING OF TIME refused (`server`). */
  readonly refusedBy: 'client' | 'server';

  /** @param init - the facts of the refusal */
  constructor(init: KotRestrictedHoursErrorInit) {
    const at = formatTokyoInstant(init.retryAt);
    super(
      {
        ...init,
        status: init.status ?? 403,
        message:
          init.message ??
          (init.refusedBy === 'client'
            ? `${init.method} ${init.path} was not sent: KING OF TIME refuses API calls during its restricted hours (APIの利用制限時間帯) until ${at}`
            : `KING OF TIME refused ${init.method} ${init.path} during its restricted hours (APIの利用制限時間帯); retry at ${at}`),
      },
      'KOT_RESTRICTED_HOURS',
    );
    this.retryAt = init.retryAt;
    this.refusedBy = init.refusedBy;
    brand(this, 'KotRestrictedHoursError');
  }

  /** Whether `value` is a {@link KotRestrictedHoursError} from any copy of this package. */
  static override isInstance(value: unknown): value is KotRestrictedHoursError {
    return hasBrand(value, 'KotRestrictedHoursError');
  }
}
