import ky, { type KyInstance } from 'ky';
import type { z } from 'zod';
import type { KotClock } from '../../clock.js';
import { KotConnectionError } from '../../errors/connection-error.js';
import type { KotError } from '../../errors/kot-error.js';
import { KotProxyAuthenticationError } from '../../errors/proxy-authentication-error.js';
import { KotRateLimitError } from '../../errors/rate-limit-error.js';
import { KotResponseValidationError } from '../../errors/response-validation-error.js';
import { KotRestrictedHoursError } from '../../errors/restricted-hours-error.js';
import { KotTimeoutError } from '../../errors/timeout-error.js';
import type { KotLogEvent, KotLogger } from '../../logger.js';
import { isRestricted } from '../../restricted-hours/is-restricted.js';
import { nextAllowedAt } from '../../restricted-hours/next-allowed-at.js';
import type { KotRestrictedWindow } from '../../restricted-hours/restricted-window.js';
import { createProxyDispatcher } from '../proxy/create-proxy-dispatcher.js';
import type { ResolvedProxy } from '../proxy/resolve-proxy.js';
import { TokenBucket, type TokenBucketSettings } from '../rate-limit/token-bucket.js';
import { Redactor } from '../redaction/redactor.js';
import { toIssues } from '../validation/to-issues.js';
import { backoffDelay } from './backoff-delay.js';
import { classifyTransportFailure } from './classify-transport-failure.js';
import { errorForStatus, isRateLimitAnswer, isRestrictedHoursAnswer } from './error-for-response.js';
import { parseErrorBody } from './parse-error-body.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { pathForDisplay, pathForRequest, type RequestPath } from './request-path.js';

/** Everything the requester needs, resolved from the client options. */
export interface RequesterSettings {
  baseUrl: string;
  token: string;
  timeout: number;
  totalTimeout: number;
  retry: { maxRetries: number; initialDelayMs: number; maxDelayMs: number; maxRetryAfterMs: number };
  clock: KotClock;
  logger: KotLogger | undefined;
  rateLimit: TokenBucketSettings | undefined;
  windows: readonly KotRestrictedWindow[];
  precheck: boolean;
  fetch: typeof globalThis.fetch | undefined;
  userAgent: string;
  proxy: ResolvedProxy | undefined;
}

/** One API call as a resource describes it. */
export interface RequestSpec<T> {
  /** `employees.list`, for logs. */
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: RequestPath;
  query?: Record<string, string | undefined>;
  body?: unknown;
  /** The response schema; without one the body is ignored and the call resolves to `undefined`. */
  schema?: z.ZodType<T>;
  /** The 打刻 POST: KING OF TIME accepts it during restricted hours. */
  restrictedExempt?: boolean;
}

type Attempt<T> =
  | { ok: true; value: T }
  | { ok: false; error: KotError; retry: boolean; waitMs?: number; status?: number };

interface CallContext {
  operation: string;
  method: string;
  path: string;
  /** POST is not idempotent: a repeat is a second punch (or employee, or token). */
  idempotent: boolean;
  deadline: number;
}

/**
 * Sends API calls: restricted-hours pre-check, client-side rate limit, per-attempt and total
 * timeouts, error mapping, retries, logging and redaction. ky sends each attempt with its own
 * retries and HTTP errors switched off, so that this class alone decides what is retried
 * (a 打刻 must never be repeated when it may have been applied) and so that ky's HTTPError,
 * which keeps the request with its Authorization header, is never created.
 */
export class Requester {
  readonly #settings: RequesterSettings;
  readonly #ky: KyInstance;
  readonly #bucket: TokenBucket | undefined;
  readonly #redactor = new Redactor();
  /** The proxy's dispatcher, created at the first request through it. */
  #dispatcher: ReturnType<typeof createProxyDispatcher> | undefined;
  #token: string;

  constructor(settings: RequesterSettings) {
    this.#settings = settings;
    this.#token = settings.token;
    this.#redactor.add(settings.token);
    this.#redactor.add(settings.proxy?.password);
    if (settings.proxy?.username !== undefined || settings.proxy?.password !== undefined) {
      this.#redactor.add(
        Buffer.from(`${settings.proxy.username ?? ''}:${settings.proxy.password ?? ''}`).toString('base64'),
      );
    }
    this.#bucket = settings.rateLimit ? new TokenBucket(settings.rateLimit, settings.clock) : undefined;
    const baseFetch = settings.fetch ?? globalThis.fetch;
    const proxy = settings.proxy;
    this.#ky = ky.create({
      prefixUrl: settings.baseUrl,
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
      fetch: proxy
        ? async (input, init) => {
            this.#dispatcher ??= createProxyDispatcher(proxy);
            const dispatcher = await this.#dispatcher;
            return baseFetch(input, { ...init, dispatcher } as unknown as RequestInit);
          }
        : (input, init) => baseFetch(input, init),
    });
  }

  /** Uses `token` from now on (after `tokens.refresh()`); the old one stays redacted. */
  setToken(token: string): void {
    this.#redactor.add(token);
    this.#token = token;
  }

  /** Closes the proxy connections, if any. */
  async close(): Promise<void> {
    const dispatcher = this.#dispatcher;
    this.#dispatcher = undefined;
    await (await dispatcher)?.close();
  }

  /** Sends `spec`, retrying as the policy allows; resolves to the validated response. */
  async request<T>(spec: RequestSpec<T>): Promise<T> {
    const { clock } = this.#settings;
    const started = clock.now();
    const call: CallContext = {
      operation: spec.operation,
      method: spec.method,
      path: pathForDisplay(spec.path),
      idempotent: spec.method !== 'POST',
      deadline: started.getTime() + this.#settings.totalTimeout,
    };

    for (let attempt = 1; ; attempt++) {
      // Before every attempt, not only the first: a retry or a rate-limit wait can cross into
      // a window, and a request sent there is only refused.
      this.#precheck(spec, call, attempt - 1);
      await this.#waitForRateLimit(call, attempt);
      this.#precheck(spec, call, attempt - 1);
      const outcome = await this.#attempt(spec, call, attempt);
      if (outcome.ok) {
        this.#bucket?.succeeded();
        return outcome.value;
      }
      const delay = this.#retryDelay(outcome, attempt, call);
      if (delay === undefined) throw this.#fail(call, attempt, outcome.error, outcome.status);
      this.#log({
        type: 'retry',
        ...this.#base(call),
        attempt,
        delayMs: delay,
        errorCode: outcome.error.code,
        ...(outcome.status === undefined ? {} : { status: outcome.status }),
      });
      if (delay > 0) await clock.sleep(delay);
    }
  }

  #precheck(spec: RequestSpec<unknown>, call: CallContext, attempt: number): void {
    if (spec.restrictedExempt || !this.#settings.precheck) return;
    const now = this.#settings.clock.now();
    if (!isRestricted(now, this.#settings.windows)) return;
    throw this.#fail(
      call,
      attempt,
      new KotRestrictedHoursError({
        method: call.method,
        path: call.path,
        retryAt: nextAllowedAt(now, this.#settings.windows),
        refusedBy: 'client',
      }),
    );
  }

  #retryDelay(outcome: Extract<Attempt<unknown>, { ok: false }>, attempt: number, call: CallContext) {
    const { retry, clock } = this.#settings;
    if (!outcome.retry || attempt > retry.maxRetries) return undefined;
    if (outcome.waitMs !== undefined && outcome.waitMs > retry.maxRetryAfterMs) return undefined;
    const delay = outcome.waitMs ?? backoffDelay(attempt, retry.initialDelayMs, retry.maxDelayMs);
    if (clock.now().getTime() + delay >= call.deadline) return undefined;
    return delay;
  }

  async #waitForRateLimit(call: CallContext, attempt: number): Promise<void> {
    if (!this.#bucket) return;
    const { clock } = this.#settings;
    const wait = this.#bucket.reserve();
    if (wait <= 0) return;
    if (clock.now().getTime() + wait >= call.deadline) {
      this.#bucket.refund();
      throw this.#fail(
        call,
        attempt - 1,
        new KotTimeoutError({
          method: call.method,
          path: call.path,
          timeoutMs: this.#settings.totalTimeout,
          kind: 'total',
        }),
      );
    }
    this.#log({ type: 'wait', ...this.#base(call), reason: 'rate-limit', delayMs: wait });
    await clock.sleep(wait);
  }

  async #attempt<T>(spec: RequestSpec<T>, call: CallContext, attempt: number): Promise<Attempt<T>> {
    const { clock } = this.#settings;
    const remaining = call.deadline - clock.now().getTime();
    const limit = Math.min(this.#settings.timeout, remaining);
    const kind = limit < this.#settings.timeout ? 'total' : 'attempt';
    if (limit <= 0) {
      return { ok: false, retry: false, error: this.#timeoutError(call, 'total', false) };
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, limit);
    timer.unref?.();

    this.#log({ type: 'request', ...this.#base(call), attempt });
    const began = performance.now();
    let status: number | undefined;
    try {
      const response = await this.#ky(pathForRequest(spec.path, this.#token), {
        method: spec.method,
        headers: {
          authorization: `Bearer ${this.#token}`,
          accept: 'application/json',
          'user-agent': this.#settings.userAgent,
          ...(spec.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        },
        ...(spec.body === undefined ? {} : { body: JSON.stringify(spec.body) }),
        searchParams: searchParams(spec.query),
        signal: controller.signal,
      });
      status = response.status;
      // Read under our own signal: the one ky gave the Request is lost once the Request is
      // garbage-collected after the headers (nodejs/undici#4068), and a stalled body then
      // waited for undici's 300 s body timeout.
      const text = await readBody(response, controller.signal);
      clearTimeout(timer);
      this.#log({
        type: 'response',
        ...this.#base(call),
        attempt,
        status,
        durationMs: Math.round(performance.now() - began),
      });
      return response.ok
        ? this.#success(spec, call, status, text)
        : this.#failure(call, attempt, status, text, response.headers);
    } catch (error) {
      clearTimeout(timer);
      return this.#transportFailure(call, error, timedOut, kind, status);
    }
  }

  #success<T>(spec: RequestSpec<T>, call: CallContext, status: number, text: string): Attempt<T> {
    if (!spec.schema) return { ok: true, value: undefined as T };
    const invalid = (message: string): Attempt<T> => ({
      ok: false,
      retry: false,
      status,
      error: new KotResponseValidationError({
        method: call.method,
        path: call.path,
        status,
        issues: [{ path: '', message }],
        // A write that answered 2xx was applied, even if its answer cannot be read.
        maybeApplied: !call.idempotent,
      }),
    });
    if (text.trim() === '') return invalid('the body is empty; expected JSON');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // No excerpt of the body: it could hold a secret the redactor does not know yet (a new token).
      return invalid(`the body is not JSON (${text.length} characters)`);
    }
    const parsed = spec.schema.safeParse(json);
    if (parsed.success) return { ok: true, value: parsed.data };
    return {
      ok: false,
      retry: false,
      status,
      error: new KotResponseValidationError({
        method: call.method,
        path: call.path,
        status,
        issues: toIssues(parsed.error).map((i) => ({ ...i, message: this.#redactor.text(i.message) })),
        maybeApplied: !call.idempotent,
      }),
    };
  }

  #failure(
    call: CallContext,
    attempt: number,
    status: number,
    text: string,
    headers: Headers,
  ): Attempt<never> {
    const now = this.#settings.clock.now().getTime();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const apiErrors = parseErrorBody(body).map((d) => ({ ...d, message: this.#redactor.text(d.message) }));
    const init = { status, method: call.method, path: call.path, apiErrors };

    if (isRateLimitAnswer(status, apiErrors)) {
      const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
      const waitMs =
        retryAfterMs ??
        backoffDelay(attempt, this.#settings.retry.initialDelayMs, this.#settings.retry.maxDelayMs);
      // Pause everyone, but never longer than the client would wait itself: a call after the
      // pause that is still refused simply pauses again.
      this.#bucket?.penalize(now + Math.min(retryAfterMs ?? 0, this.#settings.retry.maxRetryAfterMs));
      return {
        ok: false,
        // KING OF TIME refused the request, so even a 打刻 was not applied and may be repeated.
        retry: true,
        waitMs,
        status,
        error: new KotRateLimitError({
          ...init,
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
          retryAt: new Date(now + waitMs),
        }),
      };
    }

    if (isRestrictedHoursAnswer(status, apiErrors)) {
      const windowEnd = nextAllowedAt(now, this.#settings.windows).getTime();
      // When the client's clock already says the window is over, the clocks disagree: back off.
      const waitMs =
        windowEnd > now
          ? windowEnd - now
          : backoffDelay(attempt, this.#settings.retry.initialDelayMs, this.#settings.retry.maxDelayMs);
      return {
        ok: false,
        retry: true,
        waitMs,
        status,
        error: new KotRestrictedHoursError({ ...init, retryAt: new Date(now + waitMs), refusedBy: 'server' }),
      };
    }

    // A 5xx or 408 answer to a write leaves its outcome unknown: KING OF TIME (or a gateway)
    // may have stored it before failing.
    const unknownOutcome = status >= 500 || status === 408;
    return {
      ok: false,
      retry: unknownOutcome && call.idempotent,
      status,
      error: errorForStatus({ ...init, maybeApplied: unknownOutcome && !call.idempotent }),
    };
  }

  #transportFailure(
    call: CallContext,
    error: unknown,
    timedOut: boolean,
    kind: 'attempt' | 'total',
    status: number | undefined,
  ): Attempt<never> {
    const failure = classifyTransportFailure(error, timedOut);
    // With a status, the answer arrived and only its body was lost: a write was applied.
    const reached = status !== undefined;
    if (failure.kind === 'timeout') {
      return {
        ok: false,
        retry: call.idempotent && kind === 'attempt',
        ...(status === undefined ? {} : { status }),
        error: this.#timeoutError(call, kind, !call.idempotent),
      };
    }
    const proxy = this.#settings.proxy;
    if (failure.kind === 'proxy-refused' && proxy) {
      if (failure.status === 407 || failure.status === 401) {
        return {
          ok: false,
          retry: false,
          error: new KotProxyAuthenticationError({
            method: call.method,
            path: call.path,
            proxy: proxy.origin,
            proxyStatus: failure.status,
            credentialsSent: proxy.username !== undefined || proxy.password !== undefined,
          }),
        };
      }
      return {
        ok: false,
        // The tunnel was never opened: nothing reached KING OF TIME.
        retry: failure.status >= 500,
        error: new KotConnectionError({
          method: call.method,
          path: call.path,
          reason: `the proxy refused the tunnel to KING OF TIME with HTTP ${failure.status}`,
          notSent: true,
          proxy: proxy.origin,
        }),
      };
    }
    const notSent = failure.kind === 'connection' && failure.notSent && !reached;
    const reason = failure.kind === 'connection' ? failure.reason : `proxy answered ${failure.status}`;
    return {
      ok: false,
      retry: call.idempotent || notSent,
      error: new KotConnectionError({
        method: call.method,
        path: call.path,
        reason: this.#redactor.text(reason),
        notSent,
        maybeApplied: !call.idempotent && !notSent,
        ...(proxy ? { proxy: proxy.origin } : {}),
        cause: sanitisedCause(error, this.#redactor),
      }),
    };
  }

  #timeoutError(call: CallContext, kind: 'attempt' | 'total', maybeApplied: boolean): KotTimeoutError {
    return new KotTimeoutError({
      method: call.method,
      path: call.path,
      timeoutMs: kind === 'total' ? this.#settings.totalTimeout : this.#settings.timeout,
      kind,
      maybeApplied,
    });
  }

  #fail(call: CallContext, attempt: number, error: KotError, status?: number): KotError {
    this.#log({
      type: 'error',
      ...this.#base(call),
      attempt,
      errorName: error.name,
      errorCode: error.code,
      message: error.message,
      maybeApplied: error.maybeApplied,
      ...(status === undefined ? {} : { status }),
    });
    return error;
  }

  #base(call: CallContext) {
    return {
      at: this.#settings.clock.now(),
      operation: call.operation,
      method: call.method,
      path: call.path,
    };
  }

  #log(event: KotLogEvent): void {
    const { logger } = this.#settings;
    if (!logger) return;
    try {
      logger(event);
    } catch {
      // A failing logger must not turn a successful call into a failure.
    }
  }
}

/**
 * The response body as text, given up (and its connection closed) as soon as `signal` aborts,
 * whatever happened to the signal the request was sent with.
 */
async function readBody(response: Response, signal: AbortSignal): Promise<string> {
  const body = response.body;
  if (!body) return '';
  const reader = body.getReader();
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => {
      reject(abortReason(signal));
      // Cancelling the stream makes undici abort the fetch and destroy the socket.
      reader.cancel(signal.reason).catch(() => {});
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => {}); // handled by the race below; never an unhandled rejection
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const chunk = await Promise.race([reader.read(), aborted]);
    // A read the cancel ended reports `done`: an abort is never a complete body.
    if (signal.aborted) throw abortReason(signal);
    if (chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function searchParams(query: Record<string, string | undefined> | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, value);
  }
  return params;
}

/**
 * A stand-in for a network error that keeps its name, code and (redacted) message but drops
 * everything else the original holds (sockets, requests, nested causes).
 */
function sanitisedCause(error: unknown, redactor: Redactor): Error {
  const message = error instanceof Error ? error.message : String(error);
  const copy = new Error(redactor.text(message));
  copy.name = error instanceof Error ? error.name : 'Error';
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}
