import { access, constants, mkdir } from 'node:fs/promises';
import {
  checkServiceAccounts,
  type EmployeeDirectory,
  formatInstant,
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
import { linkProblemText } from '../cli/format/describe-link-problem.js';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import { localizedReason } from '../i18n/localized-reason.js';
import { type Message, msg } from '../i18n/translate.js';
import { loadLinks } from '../links/load-links.js';
import type { DoctorCheck } from './doctor-check.js';

/** The linking CSV, accounts without links and links without logs, the state folder and the ledger. */
export async function stateChecks(
  config: AgentConfig,
  clock: Clock,
  store: LedgerStore,
  directory: EmployeeDirectory | undefined,
  events: readonly LogEvent[],
  directoryNote: Message,
): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  const links = await loadLinks(config.linksFile, directory, { allowErrors: true }).catch(
    (error: Error) => error,
  );
  if (links instanceof Error) {
    checks.push({
      id: 'links',
      status: 'fail',
      detail: msg('doctor.plain', { text: links.message.split('\n')[0] ?? links.message }),
      fix: msg('doctor.links.fix'),
    });
  } else {
    const seenAccounts = new Set([...accountsInLedger(store), ...events.map((e) => e.account)]);
    links.problems.push(...checkServiceAccounts(links.links, seenAccounts));
    const errors = links.problems.filter((p) => p.severity === 'error');
    const warnings = links.problems.filter((p) => p.severity === 'warning');
    checks.push({
      id: 'links',
      status: errors.length > 0 ? 'fail' : warnings.length > 0 || !directory ? 'warn' : 'ok',
      detail: msg('doctor.links.detail', {
        file: config.linksFile,
        linked: links.resolver.size,
        errors: errors.length,
        warnings: warnings.length,
        against: directoryNote,
        first: errors[0]
          ? msg('doctor.links.firstError', {
              line: String(errors[0].line),
              message: {
                en: `${linkProblemText(errors[0], 'en').message} ${linkProblemText(errors[0], 'en').fix}`,
                ja: `${linkProblemText(errors[0], 'ja').message} ${linkProblemText(errors[0], 'ja').fix}`,
              },
            })
          : '',
      }),
      ...(errors.length + warnings.length > 0
        ? { fix: msg('doctor.links.checkFix', { file: config.linksFile }) }
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
      status: unlinked.length > 0 ? 'warn' : 'ok',
      detail:
        unlinked.length > 0
          ? msg(keptNote ? 'doctor.unlinked.someKept' : 'doctor.unlinked.some', {
              count: unlinked.length,
              accounts: firstTen(unlinked),
              kept: keptNote,
            })
          : msg('doctor.unlinked.none', { count: seen.size }),
      ...(unlinked.length > 0
        ? {
            fix: msg('doctor.unlinked.fix'),
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
      status: unused.length > 0 && seen.size > 0 ? 'warn' : 'ok',
      detail:
        unused.length > 0
          ? msg('doctor.unused.some', { count: unused.length, accounts: firstTen(unused) })
          : msg('doctor.unused.none'),
      ...(unused.length > 0 && seen.size > 0 ? { fix: msg('doctor.unused.fix') } : {}),
    });
  }

  try {
    await mkdir(config.stateDirectory, { recursive: true, mode: 0o700 });
    await access(config.stateDirectory, constants.W_OK);
    const s = ledgerStatus(store, { now: clock });
    const problems = s.counts.failed + s.corrections.length;
    checks.push({
      id: 'ledger',
      status: problems > 0 ? 'warn' : 'ok',
      detail: msg('doctor.ledger.detail', {
        folder: config.stateDirectory,
        sent: s.counts.sent,
        planned: s.counts.planned,
        uncertain: s.counts.uncertain + s.counts.sending,
        failed: s.counts.failed,
        corrections: s.corrections.length,
      }),
      ...(problems > 0 ? { fix: msg('doctor.ledger.fix') } : {}),
    });
  } catch (error) {
    checks.push({
      id: 'ledger',
      status: 'fail',
      detail: msg('doctor.ledger.unwritable', {
        folder: config.stateDirectory,
        code: (error as NodeJS.ErrnoException).code ?? String(error),
      }),
      fix: msg('doctor.ledger.unwritableFix'),
    });
  }
  checks.push(lockCheck(config));
  return checks;
}

/** Whether an agent holds the ledger now, or a crashed one left its lock behind. */
function lockCheck(config: AgentConfig): DoctorCheck {
  const lock = ledgerLockStatus(ledgerDirectory(config));
  const since = sinceIn(config.timeZone);
  const who = (owner: { pid: number; hostname: string; since: string } | undefined): Message =>
    owner
      ? msg('doctor.lock.owner', { pid: owner.pid, host: owner.hostname, since: since(owner.since) })
      : msg('doctor.lock.ownerUnknown');
  if (lock.state === 'free') return { id: 'ledger-lock', status: 'ok', detail: msg('doctor.lock.free') };
  if (lock.state === 'held') {
    return { id: 'ledger-lock', status: 'ok', detail: msg('doctor.lock.held', { owner: who(lock.owner) }) };
  }
  return {
    id: 'ledger-lock',
    status: 'warn',
    detail: msg('doctor.lock.stale', {
      owner: who(lock.owner),
      reason: localizedReason(lock.reason, lock.reasonDetail, config.timeZone),
    }),
    fix: msg('doctor.lock.staleFix'),
  };
}

/** When a lock's holder took it, in the configured zone (as it recorded it, when that is not an instant). */
function sinceIn(timeZone: string) {
  return (text: string): string => {
    const at = new Date(text);
    return Number.isNaN(at.getTime()) ? text : formatInstant(at, timeZone);
  };
}

/** Up to ten accounts, and an ellipsis for the rest. */
function firstTen(accounts: readonly string[]): string {
  return `${accounts.slice(0, 10).join(', ')}${accounts.length > 10 ? ', …' : ''}`;
}
