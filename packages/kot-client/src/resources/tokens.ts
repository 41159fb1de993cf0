import { KotAuthenticationError } from '../errors/authentication-error.js';
import { TOKEN_SEGMENT } from '../internal/http/request-path.js';
import type { Requester } from '../internal/http/requester.js';
import { KotRefreshedToken } from '../refreshed-token.js';
import { refreshedTokenSchema, tokenAvailabilitySchema } from '../schemas/responses/token.js';

/**
 * The client's own access token (アクセストークン). The token is part of these paths
 * (`/tokens/{token}`); errors and logs show it as `[REDACTED]`.
 */
export class TokensResource {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Whether the token can be used (`GET /tokens/{token}/available`). A token KING OF TIME
   * rejects outright (HTTP 401) is reported as `false` rather than thrown.
   *
   * @example
   * ```ts
   * if (!(await kot.tokens.available())) console.error('Issue a new token in KOT WebAPI連携設定');
   * ```
   */
  async available(): Promise<boolean> {
    try {
      const answer = await this.#requester.request({
        operation: 'tokens.available',
        method: 'GET',
        path: ['tokens', TOKEN_SEGMENT, 'available'],
        schema: tokenAvailabilitySchema,
      });
      return answer.available;
    } catch (error) {
      if (KotAuthenticationError.isInstance(error)) return false;
      throw error;
    }
  }

  /**
   * Revokes the token and issues a new one with the same settings (`POST /tokens/{token}`).
   * The client switches to the new token at once; store {@link KotRefreshedToken.token} for
   * the next run. Not idempotent: if it fails with `maybeApplied: true`, the old token may
   * already be revoked — check with `available()`, and issue a new token in the admin screen
   * if it is.
   *
   * @example
   * ```ts
   * const { token } = await kot.tokens.refresh();
   * ```
   */
  async refresh(): Promise<KotRefreshedToken> {
    const answer = await this.#requester.request({
      operation: 'tokens.refresh',
      method: 'POST',
      path: ['tokens', TOKEN_SEGMENT],
      schema: refreshedTokenSchema,
    });
    this.#requester.setToken(answer.token);
    return new KotRefreshedToken(answer.token);
  }

  /**
   * Revokes the token (`DELETE /tokens/{token}`). Every later call with this client fails with
   * {@link KotAuthenticationError}.
   *
   * @example
   * ```ts
   * await kot.tokens.revoke();
   * ```
   */
  async revoke(): Promise<void> {
    await this.#requester.request({
      operation: 'tokens.revoke',
      method: 'DELETE',
      path: ['tokens', TOKEN_SEGMENT],
    });
  }
}
