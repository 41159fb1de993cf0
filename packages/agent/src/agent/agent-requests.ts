import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayId, type LedgerStore, retryFailedPunches } from '@pclogin/core';
import { z } from 'zod';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { getLocale, translate } from '../i18n/translate.js';

/**
 * A change an administrator asks for while the agent runs (the running agent holds the state
 * folder's lock, so a second process may not write the ledger): `retry` failed punches (all
 * when `ids` is empty), or `resolve` correction items. Ids in the ledger's form.
 */
export interface AgentRequest {
  command: 'retry' | 'resolve';
  ids: string[];
  /** The language of whoever asked: the answer is written in it (default: the agent's). */
  locale?: Locale;
}

const requestSchema = z.object({
  command: z.enum(['retry', 'resolve']),
  ids: z.array(z.string()),
  locale: z.enum(LOCALES).optional(),
});

/** The folder where requests for the running agent wait: `<stateDirectory>/requests`. */
export function requestsDirectory(config: Pick<AgentConfig, 'stateDirectory'>): string {
  return join(config.stateDirectory, 'requests');
}

/**
 * Hands a request to the running agent: written whole (a temporary file renamed), picked up at
 * its next poll. Returns the path of the answer file the agent writes once it has applied it.
 */
export function handToRunningAgent(
  config: Pick<AgentConfig, 'stateDirectory'>,
  request: AgentRequest,
): string {
  const directory = requestsDirectory(config);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const name = `${Date.now()}-${randomBytes(4).toString('hex')}`;
  const temporary = join(directory, `${name}.tmp`);
  writeFileSync(temporary, JSON.stringify(request), { mode: 0o600 });
  renameSync(temporary, join(directory, `${name}.json`));
  return join(directory, `${name}.done`);
}

/**
 * Applies every waiting request to the ledger (the running agent calls it at each poll) and
 * writes each one's answer (the lines a person reads) next to it. A request that is not valid
 * JSON of the expected form is answered with the reason and dropped. Returns what was applied.
 */
export function applyAgentRequests(
  config: Pick<AgentConfig, 'stateDirectory'>,
  store: LedgerStore,
  clock: Clock,
): string[] {
  const directory = requestsDirectory(config);
  let names: string[];
  try {
    names = readdirSync(directory)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
  const answers: string[] = [];
  for (const name of names) {
    const file = join(directory, name);
    let answer: string;
    let locale = getLocale();
    try {
      const request = requestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      locale = request.locale ?? locale;
      answer = applyAgentRequest(request, store, clock);
    } catch (error) {
      answer = translate(locale, 'request.failed', {
        message: error instanceof Error ? error.message : String(error),
      });
    }
    writeFileSync(join(directory, name.replace(/\.json$/, '.done')), `${answer}\n`, { mode: 0o600 });
    rmSync(file, { force: true });
    answers.push(answer);
  }
  return answers;
}

/** Applies one request to the ledger; returns the answer for people (ids in their printed form). */
export function applyAgentRequest(request: AgentRequest, store: LedgerStore, clock: Clock): string {
  const locale = request.locale ?? getLocale();
  if (request.command === 'resolve') {
    const open = new Set(store.corrections().map((c) => c.id));
    const ids = request.ids.filter((id) => open.has(id));
    if (ids.length > 0) store.commit({ resolveCorrections: ids });
    const missing = request.ids.filter((id) => !open.has(id)).map(displayId);
    return `${translate(locale, 'corrections.done', { count: ids.length })}${
      missing.length > 0 ? translate(locale, 'corrections.notOpen', { ids: missing.join(', ') }) : ''
    }`;
  }
  const failed = new Set(store.list({ state: 'failed' }).map((p) => p.id));
  const ids = request.ids.filter((id) => failed.has(id));
  const requeued =
    request.ids.length === 0 || ids.length > 0
      ? retryFailedPunches(store, { ...(request.ids.length > 0 ? { ids } : {}), now: clock })
      : [];
  const missing = request.ids.filter((id) => !failed.has(id)).map(displayId);
  return [
    ...requeued.map((p) => translate(locale, 'retry.plannedAgain', { id: displayId(p.id) })),
    `${translate(locale, 'retry.done', { count: requeued.length })}${
      missing.length > 0 ? translate(locale, 'retry.notFailedSuffix', { ids: missing.join(', ') }) : ''
    }`,
  ].join('\n');
}
