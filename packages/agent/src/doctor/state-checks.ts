import { access, constants, mkdir } from 'node:fs/promises';
import {
  checkServiceAccounts,
  type EmployeeDirectory,
  type LedgerStore,
  type LogEvent,
  ledgerLockStatus,
  ledgerStatus,
  normalizeAccount,
  unlinkedAccounts,
} from '@pclogin/core';
import { accountsInLedger } from '../agent/accounts-in-ledger.js';
import { ledgerDirectory } from '../agent/open-agent-store.js';
import { unlinkedInLedger } from '../agent/unlinked-in-ledger.js';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import { loadLinks } from '../links/load-links.js';
import type { DoctorCheck } from './doctor-check.js';

/** The linking CSV, accounts without links and links without logs, the state folder and the ledger. */
export async function stateChecks(
  config: AgentConfig,
  clock: Clock,
  store: LedgerStore,
  directory: EmployeeDirectory | undefined,
  events: readonly LogEvent[],
  directoryNote: string,
): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  const links = await loadLinks(config.linksFile, directory, { allowErrors: true }).catch(
    (error: Error) => error,
  );
  if (links instanceof Error) {
    checks.push({
      id: 'links',
      title: 'linking CSV',
      status: 'fail',
      detail: links.message.split('\n')[0] ?? links.message,
      fix: 'pclogin-agent links export --out links.csv, edit it, then pclogin-agent links import links.csv',
    });
  } else {
    const seenAccounts = new Set([...accountsInLedger(store), ...events.map((e) => e.account)]);
    links.problems.push(...checkServiceAccounts(links.links, seenAccounts));
    const errors = links.problems.filter((p) => p.severity === 'error');
    const warnings = links.problems.filter((p) => p.severity === 'warning');
    checks.push({
      id: 'links',
      title: 'linking CSV',
      status: errors.length > 0 ? 'fail' : warnings.length > 0 || !directory ? 'warn' : 'ok',
      detail: `${config.linksFile}: ${links.resolver.size} accounts linked, ${errors.length} errors, ${warnings.length} warnings (checked against ${directoryNote})${
        errors[0] ? `; line ${errors[0].line}: ${errors[0].message} ${errors[0].fix}` : ''
      }`,
      ...(errors.length + warnings.length > 0
        ? { fix: `pclogin-agent links check ${config.linksFile} lists each problem with its fix` }
        : {}),
    });
    const seen = new Set(events.map((e) => normalizeAccount(e.account)));
    const unlinked = unlinkedAccounts(seen, links.links);
    // Accounts whose logs the ledger keeps without a link (punched once they are linked).
    const kept = unlinkedInLedger(store).filter((u) => unlinkedAccounts([u.account], links.links).length > 0);
    for (const u of kept) if (!unlinked.includes(u.account)) unlinked.push(u.account);
    const keptNote = kept
      .slice(0, 10)
      .map((u) => `${u.account} (${u.logs} logs on ${u.workdays.join(', ')})`)
      .join('; ');
    checks.push({
      id: 'unlinked-accounts',
      title: 'accounts without a link',
      status: unlinked.length > 0 ? 'warn' : 'ok',
      detail:
        unlinked.length > 0
          ? `${unlinked.length} accounts with logs get no punches: ${unlinked.slice(0, 10).join(', ')}${unlinked.length > 10 ? ', …' : ''}${
              keptNote ? `; kept in the ledger until linked: ${keptNote}` : ''
            }`
          : `every account in the newest logs is linked (${seen.size} accounts)`,
      ...(unlinked.length > 0
        ? {
            fix: 'add them as サービスアカウント in the linking CSV (manual 3.1): their kept logs are punched then, the earliest as 出勤; or ignore accounts that are not employees',
          }
        : {}),
    });
    const unused = [
      ...new Set(
        links.links.map((l) => normalizeAccount(l.serviceAccount)).filter((a) => a !== '' && !seen.has(a)),
      ),
    ];
    checks.push({
      id: 'unused-links',
      title: 'links without logs',
      status: unused.length > 0 && seen.size > 0 ? 'warn' : 'ok',
      detail:
        unused.length > 0
          ? `${unused.length} linked accounts do not appear in the newest logs: ${unused.slice(0, 10).join(', ')}${unused.length > 10 ? ', …' : ''}`
          : 'every linked account appears in the newest logs',
      ...(unused.length > 0 && seen.size > 0
        ? {
            fix: 'check the spelling of these サービスアカウント (they must equal the SmartOn account); people on leave are fine',
          }
        : {}),
    });
  }

  try {
    await mkdir(config.stateDirectory, { recursive: true, mode: 0o700 });
    await access(config.stateDirectory, constants.W_OK);
    const s = ledgerStatus(store, { now: clock });
    const problems = s.counts.failed + s.corrections.length;
    checks.push({
      id: 'ledger',
      title: 'ledger',
      status: problems > 0 ? 'warn' : 'ok',
      detail: `${config.stateDirectory}: ${s.counts.sent} sent, ${s.counts.planned} planned, ${s.counts.uncertain + s.counts.sending} uncertain, ${s.counts.failed} failed, ${s.corrections.length} to correct`,
      ...(problems > 0
        ? { fix: 'pclogin-agent status shows each failure and correction with its reason' }
        : {}),
    });
  } catch (error) {
    checks.push({
      id: 'ledger',
      title: 'ledger',
      status: 'fail',
      detail: `the state folder ${config.stateDirectory} cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      fix: 'let the account running the agent write it, or set stateDirectory',
    });
  }
  checks.push(lockCheck(config));
  return checks;
}

/** Whether an agent holds the ledger now, or a crashed one left its lock behind. */
function lockCheck(config: AgentConfig): DoctorCheck {
  const lock = ledgerLockStatus(ledgerDirectory(config));
  const who = (owner: { pid: number; hostname: string; since: string } | undefined) =>
    owner
      ? `process ${owner.pid} on ${owner.hostname} (since ${owner.since})`
      : 'a process that did not record itself';
  if (lock.state === 'free') {
    return { id: 'ledger-lock', title: 'ledger lock', status: 'ok', detail: 'no agent has the ledger open' };
  }
  if (lock.state === 'held') {
    return { id: 'ledger-lock', title: 'ledger lock', status: 'ok', detail: `in use by ${who(lock.owner)}` };
  }
  return {
    id: 'ledger-lock',
    title: 'ledger lock',
    status: 'warn',
    detail: `left behind by ${who(lock.owner)}, which stopped without releasing it (${lock.reason})`,
    fix: 'nothing to do: the next start of the agent takes the lock over',
  };
}
