// A complete installation for the end-to-end tests: log folder, linking CSV, configuration
// file, state folder, and a KING OF TIME simulator holding the employees.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LinkRow, writeLinksCsv } from '@pclogin/core';
import { type KotSimulator, type KotSimulatorOptions, startKotSimulator } from '@pclogin/kot-client/testing';
import { type CliOptions, expectExit, runCli, startCli } from './cli-process.js';
import { DIVISIONS, type Person } from './workforce.js';

export const TOKEN = 'E2eT0ken7Xq9ZpL4mN8vR2sK6wY3hJ5c';
export const COMPANY_CODE = 'e2e001';

export interface AgentSetup {
  dir: string;
  logs: string;
  state: string;
  linksFile: string;
  configFile: string;
  sim: KotSimulator;
  /** Writes the configuration file: the defaults below, with `overrides` on top. */
  writeConfig(overrides?: Record<string, unknown>): Promise<void>;
  /** Runs the CLI with the configuration, the token in the environment and the clock at `now`. */
  run(args: readonly string[], now: string, options?: CliOptions): ReturnType<typeof runCli>;
  start(args: readonly string[], now: string, options?: CliOptions): ReturnType<typeof startCli>;
  close(): Promise<void>;
}

export function linkRows(staff: readonly Person[]): LinkRow[] {
  return staff.map((p) => ({
    linkType: 'SmartOn ID連携',
    typeCode: '1',
    employeeCode: p.code,
    name: `${p.lastName} ${p.firstName}`,
    serviceAccount: p.account,
  }));
}

/**
 * @param simClock the simulator's clock (restricted hours, `Date` headers)
 */
export async function setUpAgent(
  staff: readonly Person[],
  options: { simClock: () => Date; sim?: Omit<KotSimulatorOptions, 'seed' | 'token' | 'clock'> },
): Promise<AgentSetup> {
  const dir = await mkdtemp(join(tmpdir(), 'pclogin-e2e-'));
  const sim = await startKotSimulator({
    seed: {
      company: { key: 'c'.repeat(32), code: COMPANY_CODE, name: 'テスト株式会社' },
      divisions: DIVISIONS,
      workingTypes: [{ code: '1', name: '正社員' }],
      employees: staff.map((p) => ({
        code: p.code,
        key: p.key,
        lastName: p.lastName,
        firstName: p.firstName,
        divisionCode: p.divisionCode,
        typeCode: '1',
      })),
    },
    token: TOKEN,
    clock: options.simClock,
    ...options.sim,
  });
  const setup: AgentSetup = {
    dir,
    logs: join(dir, 'logs'),
    state: join(dir, 'state'),
    linksFile: join(dir, 'links.csv'),
    configFile: join(dir, 'pclogin.config.json'),
    sim,
    async writeConfig(overrides = {}) {
      const config = {
        companyCode: COMPANY_CODE,
        logDirectory: 'logs',
        stateDirectory: 'state',
        linksFile: 'links.csv',
        kot: { baseUrl: sim.baseUrl, requestsPerSecond: 1000, timeoutSeconds: 5 },
        clockOutGraceMinutes: 60,
        logLevel: 'debug',
        ...overrides,
      };
      await writeFile(join(dir, 'pclogin.config.json'), JSON.stringify(config, null, 2));
    },
    run: (args, now, options = {}) =>
      runCli([...args, '--config', join(dir, 'pclogin.config.json')], withEnv(now, options)),
    start: (args, now, options = {}) =>
      startCli([...args, '--config', join(dir, 'pclogin.config.json')], withEnv(now, options)),
    async close() {
      await sim.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  await writeFile(setup.linksFile, writeLinksCsv(linkRows(staff)));
  await setup.writeConfig();
  return setup;
}

function withEnv(now: string, options: CliOptions): CliOptions {
  return { ...options, env: { PCLOGIN_ACCESS_TOKEN: TOKEN, PCLOGIN_NOW: now, ...options.env } };
}

/** A clock that starts at `iso` and runs at the real pace, like the agent's `--now`. */
export function clockAt(iso: string): () => Date {
  const start = Date.parse(iso);
  const t0 = performance.now();
  return () => new Date(start + Math.floor(performance.now() - t0));
}

/** Adds minutes to an ISO instant in Japan time. */
export function plusMinutes(iso: string, minutes: number): string {
  const d = new Date(Date.parse(iso) + minutes * 60_000 + 9 * 3_600_000);
  return `${d.toISOString().slice(0, 19)}+09:00`;
}

/** `status --json`, parsed; fails with what the command printed when it does not succeed. */
export async function statusOf(
  setup: AgentSetup,
  now: string,
): Promise<{ counts: Record<string, number>; uncertain: { until: string }[] }> {
  const result = await setup.run(['status', '--json'], now);
  expectExit(result, 0);
  return JSON.parse(result.stdout) as { counts: Record<string, number>; uncertain: { until: string }[] };
}
