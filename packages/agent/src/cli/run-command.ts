import { AgentError } from '../errors/agent-error.js';
import { localizedError } from '../i18n/localized-error.js';
import { getLocale, type MessageKey, t } from '../i18n/translate.js';
import { currentRedactor } from './context.js';

/** A command's implementation module: its default export runs it and returns the exit status. */
export interface CommandModule {
  default: (...args: never[]) => Promise<number | undefined>;
}

/**
 * Runs a lazily loaded command and turns its outcome into the exit status: what it returns,
 * or for an error 2 (usage, configuration) or 1 (anything else), with the message on stderr.
 */
export async function runCommand(load: () => Promise<CommandModule>, args: unknown[]): Promise<void> {
  try {
    const command = await load();
    process.exitCode =
      (await (command.default as (...a: unknown[]) => Promise<number | undefined>)(...args)) ?? 0;
  } catch (error) {
    process.stderr.write(`${currentRedactor()(describeError(error))}\n`);
    process.exitCode = AgentError.is(error) ? error.exitStatus : 1;
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `pclogin-agent: ${String(error)}`;
  const code = (error as { code?: unknown }).code;
  // An error of our own or of the KOT client says what to do; anything else is a bug, whose
  // stack helps whoever reports it.
  const known = AgentError.is(error) || /^Kot[A-Z]/.test(error.name) || typeof code === 'string';
  const message = AgentError.is(error) ? error.message : localizedError(error)[getLocale()];
  const head = `pclogin-agent: ${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${message}`;
  if (!known) return `${head}\n${error.stack ?? ''}`;
  const hint = typeof code === 'string' && HINTS.has(code) ? t(`hint.${code}` as MessageKey) : undefined;
  return hint ? `${head}\n${t('error.hint', { hint })}` : head;
}

/** The error codes an administrator meets most, whose fix the catalog has (`hint.<CODE>`). */
const HINTS = new Set([
  'KOT_AUTHENTICATION_FAILED',
  'KOT_PERMISSION_DENIED',
  'KOT_PROXY_AUTHENTICATION_FAILED',
  'KOT_CONNECTION_FAILED',
  'KOT_TIMEOUT',
  'LEDGER_LOCKED',
  'LEDGER_WRITE_FAILED',
  'LEDGER_CORRUPT',
]);
