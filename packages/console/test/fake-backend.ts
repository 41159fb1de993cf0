// A backend with fixed data for the server's own tests (security, rendering). The agent's
// real backend is tested end to end in a real browser in @pclogin/agent.
import type { ActionResult, ConsoleBackend, ConsoleStatus, LinkChange } from '../src/index.js';

export const SECRET = 'Sup3rSecretT0kenValue';

export function fakeBackend(): ConsoleBackend & { calls: string[] } {
  const calls: string[] = [];
  const status: ConsoleStatus = {
    at: '2024-02-07 12:00:00',
    timeZone: 'Asia/Tokyo',
    agent: { running: false },
    lastPass: {
      at: '2024-02-07 11:59:00',
      events: 10,
      sent: 4,
      failed: 1,
      stopped: 'KING OF TIME refused the token',
    },
    counts: { planned: 1, sending: 0, sent: 4, uncertain: 0, failed: 1 },
    due: 0,
    unlinked: [{ account: '<b>guest</b>', lastSeen: '2024-02-07 09:00:00', events: 2 }],
    failed: [
      {
        id: '0002|2024-02-06|clockIn|0',
        employeeCode: '0002',
        workday: '2024-02-06',
        kind: 'clockIn',
        at: '2024-02-06 09:00:00',
        state: 'failed',
        attempts: 1,
        reason: `refused (token ${SECRET})`,
      },
    ],
    uncertain: [],
    corrections: [
      {
        id: 'c1',
        employeeCode: '0001',
        workday: '2024-02-05',
        kind: 'clockOut',
        message: 'fix it',
        createdAt: '2024-02-06 00:00:00',
      },
    ],
    restricted: { now: false },
    token: { configured: true },
    ledgerDirectory: '/state/ledger',
    linksFile: '/links.csv',
    problems: [],
  };
  const done = (what: string, ids: readonly string[]): ActionResult => {
    calls.push(`${what} ${ids.join(',')}`);
    return { outcome: 'done', count: ids.length };
  };
  return {
    calls,
    status: async () => structuredClone(status),
    days: async (q) => ({ from: q.from, to: q.to, rows: [] }),
    logs: async (q) => ({ rows: [], total: 0, page: q.page, pageSize: q.pageSize, problems: [] }),
    links: async () => ({
      file: '/links.csv',
      exists: true,
      employees: [],
      otherRows: [],
      unlinked: [],
      problems: [],
    }),
    saveLinks: async (changes: readonly LinkChange[]) => {
      calls.push(`save ${JSON.stringify(changes)}`);
      return { ok: true, file: '/links.csv', links: changes.length };
    },
    importLinks: async (bytes) => {
      calls.push(`import ${bytes.length}`);
      return { ok: true, file: '/links.csv', links: 1 };
    },
    exportLinks: async () => ({ fileName: 'links.csv', bytes: new Uint8Array([0x41]) }),
    resolveCorrections: async (ids) => done('resolve', ids),
    retryPunches: async (ids) => done('retry', ids),
  };
}
