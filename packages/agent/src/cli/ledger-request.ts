import { existsSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { LedgerLockedError, parseDisplayId } from '@pclogin/core';
import { type AgentRequest, applyAgentRequest, handToRunningAgent } from '../agent/agent-requests.js';
import { openAgentStore } from '../agent/open-agent-store.js';
import { UsageError } from '../errors/usage-error.js';
import { getLocale, t } from '../i18n/translate.js';
import type { CommandContext } from './context.js';

/** The ids a person typed, in the ledger's form (printed `0001.2024-02-07.clockIn.0` or stored `0001|…`). */
export function ledgerIds(typed: readonly string[]): string[] {
  return typed.map((text) => {
    const id = parseDisplayId(text.trim());
    if (id === undefined) {
      throw new UsageError(t('request.notAnId', { text }));
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
    const who = error.owner
      ? t('request.owner', { pid: error.owner.pid, host: error.owner.hostname })
      : t('request.ownerUnknown');
    // The agent answers in the language of whoever asked.
    const answer = handToRunningAgent(context.config, { ...request, locale: getLocale() });
    context.out(`${t('request.handedOver', { who })}\n`);
    const deadline = Date.now() + Math.max(10_000, 3 * context.config.pollIntervalSeconds * 1000);
    while (Date.now() < deadline) {
      if (existsSync(answer)) {
        context.out(readFileSync(answer, 'utf8'));
        rmSync(answer, { force: true });
        return 0;
      }
      await sleep(200);
    }
    context.out(`${t('request.noAnswer')}\n`);
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
