// The scene the runAgent unit tests share: a KING OF TIME simulator holding a few employees, a
// linking CSV for them, a log source with one logon each, and a manual clock that the agent's
// and the client's waits move forward instead of taking time (no real sleeps).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type LedgerStore,
  type LogEvent,
  type LogSource,
  MemoryLedgerStore,
  writeLinksCsv,
} from '@pclogin/core';
import { createKotClient, type KotClient } from '@pclogin/kot-client';
import { type KotSimulator, startKotSimulator } from '@pclogin/kot-client/testing';
import { afterEach, beforeEach } from 'vitest';

/** Noon in Japan on the scene's day, outside KING OF TIME's restricted hours. */
export const SCENE_START = Date.parse('2024-03-20T12:00:00+09:00');

/** One employee of the scene: KOT code and key, and the SmartOn account linked to it. */
export interface ScenePerson {
  code: string;
  key: string;
  account: string;
}

/** The options every runAgent call of the scene passes. */
export interface SceneAgentOptions {
  source: LogSource;
  store: LedgerStore;
  client: KotClient;
  linksFile: string;
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
}

/** The scene; `sim` and `dir` are fresh for each test. */
export interface RunAgentScene {
  readonly staff: readonly ScenePerson[];
  readonly sim: KotSimulator;
  readonly dir: string;
  /** The manual clock's time in milliseconds; a test may move it (`scene.now += 1000`). */
  now: number;
  readonly clock: () => Date;
  /** Every wait asked for, in milliseconds, in order (emptied before each test). */
  readonly waits: number[];
  /** Moves the clock by `ms` and records the wait. */
  readonly sleep: (ms: number) => Promise<void>;
  /** One batch: each employee logs on at 09:00 + i minutes today (a 出勤 each, due at once). */
  readonly source: LogSource;
  /** The employee codes of the punches KOT holds. */
  held(): string[];
  /** source, a fresh memory ledger, a client on the scene's clock, linksFile, clock, sleep. */
  agentOptions(): SceneAgentOptions;
}

/**
 * Registers `beforeEach`/`afterEach` that start the simulator with `employees` employees
 * (codes 0001…, keys of one hex digit) and write the linking CSV, and close and remove them.
 *
 * @example
 * ```ts
 * const scene = runAgentScene({ token: TOKEN, employees: 3 });
 * test('…', async () => {
 *   await runAgent({ ...scene.agentOptions(), once: true });
 * });
 * ```
 */
export function runAgentScene(options: { token: string; employees: number }): RunAgentScene {
  const staff: ScenePerson[] = Array.from({ length: options.employees }, (_, i) => ({
    code: String(i + 1).padStart(4, '0'),
    key: (i + 1).toString(16).repeat(64),
    account: `user${String(i + 1).padStart(4, '0')}`,
  }));
  let sim: KotSimulator | undefined;
  let dir: string | undefined;
  const waits: number[] = [];
  const scene: RunAgentScene = {
    staff,
    get sim() {
      if (!sim) throw new Error('the scene is set up before each test');
      return sim;
    },
    get dir() {
      if (!dir) throw new Error('the scene is set up before each test');
      return dir;
    },
    now: SCENE_START,
    clock: () => new Date(scene.now),
    waits,
    sleep: async (ms) => {
      waits.push(ms);
      scene.now += ms;
    },
    source: {
      name: 'scripted',
      async read(checkpoint) {
        if (checkpoint === 1) return { events: [], issues: [], checkpoint: 1, done: true };
        const events: LogEvent[] = staff.map((p, i) => ({
          account: p.account,
          at: new Date(Date.parse('2024-03-20T09:00:00+09:00') + i * 60_000),
          kind: 'logon',
          raw: 'logon',
          source: { file: 'log.csv', line: i + 1 },
        }));
        return { events, issues: [], checkpoint: 1, done: true };
      },
    },
    held: () => scene.sim.timerecords().map((r) => r.employeeCode),
    agentOptions: () => ({
      source: scene.source,
      store: new MemoryLedgerStore({ now: scene.clock }),
      client: createKotClient({
        token: options.token,
        baseUrl: scene.sim.baseUrl,
        proxy: false,
        rateLimit: false,
        retry: false,
        clock: { now: scene.clock, sleep: scene.sleep },
      }),
      linksFile: join(scene.dir, 'links.csv'),
      clock: scene.clock,
      sleep: scene.sleep,
    }),
  };

  beforeEach(async () => {
    scene.now = SCENE_START;
    waits.length = 0;
    sim = await startKotSimulator({
      token: options.token,
      clock: scene.clock,
      restrictedHours: false,
      seed: {
        company: { key: 'k', code: 'abc', name: 'A' },
        divisions: [{ code: 'D', name: '本社', dayBorderTime: '00:00' }],
        workingTypes: [{ code: '1', name: '正社員' }],
        employees: staff.map((p) => ({
          code: p.code,
          key: p.key,
          lastName: 'x',
          firstName: 'y',
          divisionCode: 'D',
          typeCode: '1',
        })),
      },
    });
    dir = await mkdtemp(join(tmpdir(), 'pclogin-run-agent-'));
    await writeFile(
      join(dir, 'links.csv'),
      writeLinksCsv(
        staff.map((p) => ({
          linkType: 'SmartOn ID連携',
          typeCode: '1',
          employeeCode: p.code,
          name: 'x y',
          serviceAccount: p.account,
        })),
      ),
    );
  });
  afterEach(async () => {
    await sim?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    sim = undefined;
    dir = undefined;
  });
  return scene;
}
