import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, manualClock } from './internal/test-client.js';
import type { KotSimulator } from './kot-simulator.js';
import type { KotSimulatorRequestPhase } from './kot-simulator-request-listener.js';
import { startKotSimulator } from './start-kot-simulator.js';

const TARO = '7785578d3f5de0c0283b521aa67449899c88cc56b2485fa776b7e8f48e2f9c21';
const PUNCH = { date: '2024-02-07', time: '2024-02-07T09:00:00+09:00', code: '1' };

// A client process that makes one punch POST and prints the status it got back.
const CLIENT = `
const response = await fetch(process.env.PUNCH_URL, {
  method: 'POST',
  headers: { authorization: 'Bearer ' + process.env.PUNCH_TOKEN, 'content-type': 'application/json' },
  body: process.env.PUNCH_BODY,
});
process.stdout.write(String(response.status));
`;

describe('sim.onRequest with a real client process killed mid-request', () => {
  let sim: KotSimulator;
  let child: ChildProcess | undefined;

  beforeEach(async () => {
    sim = await startKotSimulator({ clock: manualClock('2024-02-07T11:00:00+09:00').clock });
  });
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    child = undefined;
    await sim.close();
  });

  /**
   * Start the client; resolves with its exit signal and what it printed once it is gone, and
   * the simulator has finished with its request: the request goes on in microtasks after the
   * child's 'exit', which may come in the same tick as 'close', so one more round trip to the
   * simulator (real I/O) makes sure they have run.
   */
  function runClient(): Promise<{ signal: NodeJS.Signals | null; stdout: string }> {
    const started = spawn(process.execPath, ['--input-type=module', '-e', CLIENT], {
      env: {
        ...process.env,
        PUNCH_URL: `${sim.baseUrl}/daily-workings/timerecord/${TARO}`,
        PUNCH_TOKEN: sim.token,
        PUNCH_BODY: JSON.stringify(PUNCH),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = started;
    let stdout = '';
    started.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    return once(started, 'close').then(async ([, signal]) => {
      expect((await call(sim, '/company')).status).toBe(200);
      return { signal: signal as NodeJS.Signals | null, stdout };
    });
  }

  /** Kill the client with SIGKILL at the first POST reaching `phase`, and wait until it is gone. */
  function killAt(phase: KotSimulatorRequestPhase): void {
    const unsubscribe = sim.onRequest(async (request, current) => {
      if (current !== phase || request.method !== 'POST' || !child) return;
      unsubscribe();
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    });
  }

  it("killed at 'applied': the punch is stored, the client never saw the answer, the simulator carries on", async () => {
    killAt('applied');
    const { signal, stdout } = await runClient();
    expect(signal).toBe('SIGKILL');
    expect(stdout).toBe('');
    expect(sim.timerecords(TARO)).toEqual([expect.objectContaining({ code: '1', source: 'api' })]);
    expect(sim.requests.map((request) => `${request.method} ${request.status}`)).toEqual([
      'POST 201',
      'GET 200',
    ]);
  });

  it("killed at 'received': the simulator has the whole request and still stores the punch", async () => {
    killAt('received');
    const { signal, stdout } = await runClient();
    expect(signal).toBe('SIGKILL');
    expect(stdout).toBe('');
    expect(sim.timerecords(TARO)).toHaveLength(1);
  });

  it("killed at 'received' with a drop-before-apply fault: nothing is stored", async () => {
    sim.faults.add({ kind: 'drop-before-apply', match: { method: 'POST' } });
    killAt('received');
    const { signal } = await runClient();
    expect(signal).toBe('SIGKILL');
    expect(sim.timerecords()).toEqual([]);
    expect(sim.requests[0]).toMatchObject({ method: 'POST', outcome: 'dropped', fault: 'drop-before-apply' });
  });

  it('without a listener the same client gets its 201 (the harness itself works)', async () => {
    const { signal, stdout } = await runClient();
    expect(signal).toBeNull();
    expect(stdout).toBe('201');
    expect(sim.timerecords(TARO)).toHaveLength(1);
  });
});
