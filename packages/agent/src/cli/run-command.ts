import { AgentError } from '../errors/agent-error.js';
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
  const head = `pclogin-agent: ${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${error.message}`;
  if (!known) return `${head}\n${error.stack ?? ''}`;
  const hint = typeof code === 'string' ? HINTS[code] : undefined;
  return hint ? `${head}\n  → ${hint}` : head;
}

/** What to do about the errors an administrator meets most. */
const HINTS: Record<string, string> = {
  KOT_AUTHENTICATION_FAILED:
    'check the アクセストークン (PCLOGIN_ACCESS_TOKEN or accessToken) and its allowed IP addresses in KOT WebAPI連携設定; `pclogin-agent doctor` checks it',
  KOT_PERMISSION_DENIED:
    'the token lacks a permission (employees, divisions and time records: read; time records: write) or this server’s address is not allowed; see KOT WebAPI連携設定',
  KOT_PROXY_AUTHENTICATION_FAILED: 'correct proxy.username / proxy.password in the configuration',
  KOT_CONNECTION_FAILED:
    'check the network, the firewall and the proxy settings; `pclogin-agent doctor` shows what answers',
  KOT_TIMEOUT:
    'KING OF TIME or the proxy did not answer in time; check the network, or raise kot.timeoutSeconds',
  LEDGER_LOCKED:
    'another pclogin-agent (the service?) uses this state folder: stop it first (status and doctor work beside it)',
  LEDGER_WRITE_FAILED:
    'the account running pclogin-agent must own (or be able to write) the state folder and every file in it; `pclogin-agent doctor` checks it',
  LEDGER_CORRUPT:
    'keep a copy of the state folder, then `pclogin-agent run --once --repair`: it keeps what the ledger holds and checks KING OF TIME before sending anything not known as sent',
};
