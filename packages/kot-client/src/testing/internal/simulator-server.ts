import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { z } from 'zod';
import type { KotSimulator } from '../kot-simulator.js';
import type { KotSimulatorEmployee, KotSimulatorEmployeeInput } from '../kot-simulator-employee.js';
import type { KotSimulatorSettings } from '../kot-simulator-options.js';
import type { KotSimulatorDivision } from '../kot-simulator-organisation.js';
import type {
  KotSimulatorObservedRequest,
  KotSimulatorRequestListener,
  KotSimulatorRequestPhase,
} from '../kot-simulator-request-listener.js';
import type { KotSimulatorRequestRecord } from '../kot-simulator-request-record.js';
import type {
  KotSimulatorErrorDay,
  KotSimulatorTimerecord,
  KotSimulatorTimerecordInput,
} from '../kot-simulator-timerecord.js';
import { jstDate } from './calendar.js';
import { FaultController } from './fault-controller.js';
import { parseInput, type seedSchema, settingsSchema } from './input-schemas.js';
import { KotHttpError, SIMULATOR_ERROR_CODES } from './kot-http-error.js';
import { RateLimiter } from './rate-limiter.js';
import { RequestListeners } from './request-listeners.js';
import { faultBody, respond, TOO_MANY_REQUESTS_BODY } from './respond.js';
import { DEFAULT_RESTRICTED_WINDOWS, isInWindows, restrictedHoursMessage } from './restricted-hours.js';
import type { ResolvedSettings, Route, RouteResult } from './route.js';
import { ROUTES } from './routes/index.js';
import { SimulatorStore } from './store.js';

const API_PREFIX = '/v1.0';
const MAX_BODY_BYTES = 1024 * 1024;

/** What `startKotSimulator` hands over after validating the options. */
export interface SimulatorConfig {
  seed: z.output<typeof seedSchema>;
  token: string;
  clock: () => Date;
  settings: KotSimulatorSettings;
}

function resolveSettings(settings: KotSimulatorSettings, base?: ResolvedSettings): ResolvedSettings {
  const restricted = settings.restrictedHours;
  return {
    restrictedWindows:
      restricted === undefined
        ? (base?.restrictedWindows ?? DEFAULT_RESTRICTED_WINDOWS)
        : restricted === true
          ? DEFAULT_RESTRICTED_WINDOWS
          : restricted === false
            ? []
            : restricted.map((window) => ({ ...window })),
    rateLimit:
      settings.rateLimit === undefined
        ? (base?.rateLimit ?? false)
        : settings.rateLimit && { ...settings.rateLimit },
    clockOutOverwrite: settings.clockOutOverwrite ?? base?.clockOutOverwrite ?? false,
    dateWindow: settings.dateWindow ?? base?.dateWindow ?? true,
    acceptNonJstOffsets: settings.acceptNonJstOffsets ?? base?.acceptNonJstOffsets ?? false,
  };
}

function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The running simulator: an HTTP server on 127.0.0.1 around a {@link SimulatorStore}. */
export class SimulatorServer implements KotSimulator {
  readonly faults = new FaultController();
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  private readonly log: KotSimulatorRequestRecord[] = [];
  private readonly listeners = new RequestListeners();
  /** Every token ever valid, to redact them from the request log. */
  private readonly knownTokens = new Set<string>();
  private store: SimulatorStore;
  private settings: ResolvedSettings;
  private limiter: RateLimiter | undefined;
  private clock: () => Date;
  private closing: Promise<void> | undefined;
  private listeningPort = 0;

  constructor(private readonly config: SimulatorConfig) {
    this.clock = config.clock;
    this.settings = resolveSettings(config.settings);
    this.limiter = this.settings.rateLimit ? new RateLimiter(this.settings.rateLimit) : undefined;
    this.store = this.createStore();
    this.server = createServer((request, response) => {
      this.handle(request, response).catch(() => {
        // A failure of the simulator itself (e.g. a broken injected clock) answers 500, like a server bug.
        if (!response.headersSent) respond(response, 500, faultBody(500).body, new Date());
        else response.destroy();
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Listen on 127.0.0.1. */
  listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        const address = this.server.address();
        this.listeningPort = typeof address === 'object' && address ? address.port : port;
        resolve();
      });
    });
  }

  get port(): number {
    return this.listeningPort;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.listeningPort}${API_PREFIX}`;
  }

  get token(): string {
    return this.store.token ?? '';
  }

  get requests(): readonly KotSimulatorRequestRecord[] {
    return this.log.map((record) => ({ ...record }));
  }

  get employees(): readonly KotSimulatorEmployee[] {
    return [...this.store.employees.values()].map((employee) => structuredClone(employee));
  }

  get divisions(): readonly KotSimulatorDivision[] {
    return [...this.store.divisions.values()].map((division) => ({ ...division }));
  }

  timerecords(employee?: string, date?: string): KotSimulatorTimerecord[] {
    return this.store.punches
      .filter(
        (punch) =>
          (employee === undefined || punch.employeeKey === employee || punch.employeeCode === employee) &&
          (date === undefined || punch.date === date),
      )
      .sort((a, b) => a.id - b.id)
      .map((punch) => structuredClone(punch));
  }

  errorDays(): KotSimulatorErrorDay[] {
    return this.store.errorDays();
  }

  addEmployee(employee: KotSimulatorEmployeeInput): KotSimulatorEmployee {
    return structuredClone(this.store.addEmployee(employee, 'employee'));
  }

  addTimerecord(record: KotSimulatorTimerecordInput): KotSimulatorTimerecord {
    return structuredClone(this.store.addTimerecord(record, 'timerecord', this.now(), 'code'));
  }

  onRequest(listener: KotSimulatorRequestListener): () => void {
    return this.listeners.add(listener);
  }

  setClock(clock: () => Date): void {
    if (typeof clock !== 'function') throw new TypeError('setClock expects a function returning a Date');
    this.clock = clock;
  }

  configure(settings: KotSimulatorSettings): void {
    const parsed = parseInput(settingsSchema, settings, 'settings');
    this.settings = resolveSettings(parsed, this.settings);
    if (parsed.rateLimit !== undefined) {
      this.limiter = this.settings.rateLimit ? new RateLimiter(this.settings.rateLimit) : undefined;
    }
  }

  reset(): void {
    this.settings = resolveSettings(this.config.settings);
    this.limiter = this.settings.rateLimit ? new RateLimiter(this.settings.rateLimit) : undefined;
    this.store = this.createStore();
    this.faults.clear();
    this.faults.resetLog();
    this.log.length = 0;
  }

  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      for (const entry of this.timers) {
        clearTimeout(entry.timer);
        entry.resolve();
      }
      this.timers.clear();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
      for (const socket of this.sockets) socket.destroy();
    });
    return this.closing;
  }

  private createStore(): SimulatorStore {
    const store = new SimulatorStore(
      this.config.seed,
      this.config.token,
      this.now(),
      () => this.settings.clockOutOverwrite,
    );
    this.knownTokens.add(this.config.token);
    return store;
  }

  private now(): Date {
    const now = this.clock();
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
      throw new TypeError('The simulator clock must return a valid Date');
    }
    return now;
  }

  private redact(path: string): string {
    if (this.store.token !== null) this.knownTokens.add(this.store.token);
    let redacted = path.replace(/\/tokens\/[^/?]+/, '/tokens/***');
    for (const token of this.knownTokens) redacted = redacted.split(token).join('***');
    return redacted;
  }

  private record(entry: KotSimulatorRequestRecord): void {
    this.log.push(entry);
  }

  /**
   * Tell the listeners about a phase of a request and wait for the promises they return.
   * Resolves `false` when the simulator was closed meanwhile: the request must then stop.
   */
  private async observe(
    request: KotSimulatorObservedRequest,
    phase: KotSimulatorRequestPhase,
  ): Promise<boolean> {
    const waiting = this.listeners.notify(request, phase);
    if (waiting) await waiting;
    return !this.closing;
  }

  /** Wait real milliseconds; cut short by close(). */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      this.timers.add(entry);
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = this.now();
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const loggedPath = this.redact(`${url.pathname}${url.search}`);
    const apiPath =
      url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`)
        ? url.pathname.slice(API_PREFIX.length) || '/'
        : undefined;
    const base = { method, path: loggedPath, at };
    const fault = apiPath === undefined ? undefined : this.faults.take(method, apiPath, loggedPath, at);
    const faultKind = fault ? { fault: fault.kind } : {};

    const hang = fault?.kind === 'hang';
    // A hung request is logged on arrival: it has no answer to wait for, and a client that gives
    // up early may never send its whole body.
    if (hang) this.record({ ...base, outcome: 'hung', ...faultKind });
    let body: Buffer | 'too-large';
    try {
      body = await readBody(request);
    } catch (error) {
      if (hang) return;
      throw error;
    }
    if (this.closing) return;
    const observed: KotSimulatorObservedRequest = Object.freeze({ ...base, ...jsonBody(body), ...faultKind });
    if (!(await this.observe(observed, 'received'))) return;
    // Never answer a hung request; close() destroys the socket.
    if (hang) return;
    if (fault?.kind === 'status') {
      const defaults = faultBody(fault.status);
      const headers = { ...defaults.headers, ...fault.headers };
      respond(response, fault.status, fault.body ?? defaults.body, this.now(), headers);
      this.record({ ...base, status: fault.status, outcome: 'answered', ...faultKind });
      return;
    }
    if (fault?.kind === 'drop-before-apply') {
      this.drop(request);
      this.record({ ...base, outcome: 'dropped', ...faultKind });
      return;
    }
    if (fault?.kind === 'delay') {
      await this.sleep(fault.ms);
      if (this.closing) return;
    }

    const result = this.process(method, apiPath, url.searchParams, body, request, at);
    if (result.stored) {
      const applied = Object.freeze({ ...observed, timerecord: structuredClone(result.stored) });
      if (!(await this.observe(applied, 'applied'))) return;
    }
    if (fault?.kind === 'drop-after-apply') {
      this.drop(request);
      this.record({ ...base, outcome: 'dropped', ...faultKind });
      return;
    }
    if (fault?.kind === 'stall-body') {
      // Headers and one byte of the body, then silence; close() destroys the socket.
      response.setHeader('date', this.now().toUTCString());
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.writeHead(result.status);
      response.write(' ');
      this.record({ ...base, status: result.status, outcome: 'stalled', ...faultKind });
      return;
    }
    respond(response, result.status, result.body, this.now(), result.headers);
    this.record({ ...base, status: result.status, outcome: 'answered', ...faultKind });
  }

  private drop(request: IncomingMessage): void {
    // A TCP reset, as a crashed server or a cut connection gives the client.
    request.socket.resetAndDestroy();
  }

  /** Rate limit, authentication, restricted hours, routing, then the operation itself. */
  private process(
    method: string,
    apiPath: string | undefined,
    query: URLSearchParams,
    rawBody: Buffer | 'too-large',
    request: IncomingMessage,
    now: Date,
  ): RouteResult & { headers?: Record<string, string> } {
    if (this.limiter && !this.limiter.take(now)) {
      const retryAfter = this.settings.rateLimit ? this.settings.rateLimit.retryAfterSeconds : undefined;
      return {
        status: 429,
        body: TOO_MANY_REQUESTS_BODY,
        ...(retryAfter === undefined ? {} : { headers: { 'retry-after': String(retryAfter) } }),
      };
    }
    const authorization = request.headers.authorization ?? '';
    const bearer = /^Bearer +(\S+)\s*$/i.exec(authorization)?.[1];
    if (this.store.token === null || bearer !== this.store.token) {
      return errorResult(
        new KotHttpError(401, [
          { message: 'アクセストークンが無効です', code: SIMULATOR_ERROR_CODES.authentication },
        ]),
      );
    }
    const match = apiPath === undefined ? undefined : findRoute(method, apiPath);
    const windows = this.settings.restrictedWindows;
    if (!match?.route.exemptFromRestrictedHours && windows.length > 0 && isInWindows(now, windows)) {
      return errorResult(
        new KotHttpError(403, [
          { message: restrictedHoursMessage(windows), code: SIMULATOR_ERROR_CODES.restrictedHours },
        ]),
      );
    }
    if (!match) {
      return errorResult(
        new KotHttpError(404, [
          {
            message: `リソースが存在しません: ${method} ${apiPath ?? ''}`.trimEnd(),
            code: SIMULATOR_ERROR_CODES.notFound,
          },
        ]),
      );
    }
    try {
      if (rawBody === 'too-large') {
        throw new KotHttpError(413, [
          { message: 'リクエストが大きすぎます', code: SIMULATOR_ERROR_CODES.badParameter },
        ]);
      }
      const params = match.groups.map((group) => decodeURIComponent(group));
      let body: unknown;
      if (rawBody.length > 0) {
        try {
          body = JSON.parse(rawBody.toString('utf8'));
        } catch {
          throw new KotHttpError(400, [
            { message: 'リクエストボディがJSONとして不正です', code: SIMULATOR_ERROR_CODES.badParameter },
          ]);
        }
      }
      return match.route.handle({
        store: this.store,
        settings: this.settings,
        params,
        query,
        body,
        now,
        today: jstDate(now),
      });
    } catch (error) {
      if (error instanceof KotHttpError) return errorResult(error);
      if (error instanceof URIError) {
        return errorResult(
          new KotHttpError(400, [{ message: 'パスが不正です', code: SIMULATOR_ERROR_CODES.badParameter }]),
        );
      }
      throw error;
    }
  }
}

/** The body as listeners see it: parsed JSON (their own copy), or nothing. */
function jsonBody(body: Buffer | 'too-large'): { body?: unknown } {
  if (body === 'too-large' || body.length === 0) return {};
  try {
    return { body: JSON.parse(body.toString('utf8')) };
  } catch {
    return {};
  }
}

function errorResult(error: KotHttpError): RouteResult {
  return { status: error.status, body: { errors: error.errors } };
}

function findRoute(method: string, path: string): { route: Route; groups: string[] } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return { route, groups: match.slice(1) };
  }
  return undefined;
}

/** A fresh random token: 32 lowercase hex characters, like KOT's. */
export function randomToken(): string {
  return randomBytes(16).toString('hex');
}
