import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLedgerStore, punchId } from '@pclogin/core';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAgentRequests, handToRunningAgent, requestsDirectory } from './agent-requests.js';

const clock = () => new Date('2024-02-07T12:00:00+09:00');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup() {
  const stateDirectory = mkdtempSync(join(tmpdir(), 'pclogin-requests-'));
  dirs.push(stateDirectory);
  const store = new MemoryLedgerStore({ now: clock });
  const id = punchId('0001', '2024-02-07', 'clockIn');
  store.commit({
    plan: [{ id, employeeCode: '0001', workday: '2024-02-07', kind: 'clockIn', seq: 0, at: clock() }],
    corrections: [{ id: `${id}|single-log-day`, employeeCode: '0001', workday: '2024-02-07', message: 'm' }],
  });
  return { config: { stateDirectory }, store, id };
}

describe('requests handed to the running agent', () => {
  it('are applied once, answered next to them, and removed', () => {
    const { config, store, id } = setup();
    const answer = handToRunningAgent(config, { command: 'resolve', ids: [`${id}|single-log-day`, 'x|y'] });
    expect(applyAgentRequests(config, store, clock)).toEqual([
      '1 correction item marked as fixed. Not open (already fixed?): x.y',
    ]);
    expect(store.corrections()).toEqual([]);
    expect(readFileSync(answer, 'utf8')).toContain('1 correction item marked as fixed.');
    expect(readdirSync(requestsDirectory(config)).filter((n) => n.endsWith('.json'))).toEqual([]);
    expect(applyAgentRequests(config, store, clock)).toEqual([]);
  });

  it('answer a request that is not one with the reason, and drop it', () => {
    const { config, store } = setup();
    handToRunningAgent(config, { command: 'retry', ids: [] });
    writeFileSync(join(requestsDirectory(config), '0-bad.json'), '{"command":"delete"}');
    const answers = applyAgentRequests(config, store, clock);
    expect(answers[0]).toMatch(/^the request could not be applied: /);
    expect(answers[1]).toBe('0 punches will be sent by the next pass.');
    expect(readdirSync(requestsDirectory(config)).sort()).toHaveLength(2);
  });

  it('read nothing when no request was ever made', () => {
    const { config, store } = setup();
    expect(applyAgentRequests(config, store, clock)).toEqual([]);
  });
});
