import { existsSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { LedgerLockedError, parseDisplayId } from '@pclogin/core';
import { type AgentRequest, applyAgentRequest, handToRunningAgent } from '../agent/agent-requests.js';
import { openAgentStore } from '../agent/open-agent-store.js';
import { UsageError } from '../errors/usage-error.js';
import type { CommandContext } from './context.js';

/** The ids a person typed, in the ledger's form (printed `0001.2024-02-07.clockIn.0` or stored `0001|…`). */
export function ledgerIds(typed: readonly string[]): string[] {
  return typed.map((text) => {
    const id = parseDisplayId(text.trim());
    if (id === undefined) {
      throw new UsageError(
        `"${text}" is not an id: copy it as \`pclogin-agent status\` prints it (letters, digits, . _ -)`,
      );
    }
    return id;
  });
}

/**
 * Applies a change to the ledger: directly when no agent runs, or — when the running agent (a
 * service) holds the state folder — handed to it through a request file that it applies at its
 * next poll; the answer is awaited for a while and printed. `check` validates the ids against
 * the ledger when it can be opened.
 */
export async function changeLedger(
  context: CommandContext,
  request: AgentRequest,
  check: (store: ReturnType<typeof openAgentStore>) => void,
): Promise<number> {
  let store: ReturnType<typeof openAgentStore>;
  try {
    store = openAgentStore(context.config, context.clock);
  } catch (error) {
    if (!LedgerLockedError.isInstance(error)) throw error;
    const who = error.owner ? `process ${error.owner.pid} on ${error.owner.hostname}` : 'another process';
    const answer = handToRunningAgent(context.config, request);
    context.out(
      `The agent (${who}) holds the state folder, so the change was handed to it; it applies it at its next poll.\n`,
    );
    const deadline = Date.now() + Math.max(10_000, 3 * context.config.pollIntervalSeconds * 1000);
    while (Date.now() < deadline) {
      if (existsSync(answer)) {
        context.out(readFileSync(answer, 'utf8'));
        rmSync(answer, { force: true });
        return 0;
      }
      await sleep(200);
    }
    context.out(
      'No answer yet: the agent applies it when it next polls (is it running? `pclogin-agent status` shows the result). ' +
        'Without a running agent, stop nothing: the request waits in the state folder for the next start.\n',
    );
    return 0;
  }
  try {
    check(store);
    context.out(`${applyAgentRequest(request, store, context.clock)}\n`);
    return 0;
  } finally {
    store.close();
  }
}
