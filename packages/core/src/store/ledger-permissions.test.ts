// A ledger the running account may not write is refused with LEDGER_WRITE_FAILED and a hint,
// not a raw EACCES. Root writes everywhere, so as root the opening process runs as nobody.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { FileLedgerStore } from './file-ledger-store.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function openAs(uid: number | undefined, directory: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/open-ledger.ts', directory], {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(uid === undefined ? {} : { uid, gid: uid }),
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', () => {
      try {
        resolve(JSON.parse(out.trim()) as Record<string, unknown>);
      } catch {
        reject(new Error(`no answer from the child: ${out}${err}`));
      }
    });
  });
}

it.runIf(process.platform !== 'win32')(
  'a ledger the account may not write: LEDGER_WRITE_FAILED saying what to do',
  async () => {
    const parent = mkdtempSync(join(tmpdir(), 'pclogin-readonly-'));
    directories.push(parent);
    const directory = join(parent, 'ledger');
    const store = FileLedgerStore.open(directory);
    store.commit({ checkpoints: { a: 1 } });
    store.close();
    const root = process.getuid?.() === 0;
    chmodSync(parent, 0o755);
    chmodSync(directory, 0o555); // read-only for everyone (root excepted)
    for (const file of ['wal.jsonl', 'head.jsonl']) chmodSync(join(directory, file), 0o444);
    const answer = await openAs(root ? 65534 : undefined, directory);
    chmodSync(directory, 0o700);
    expect(answer).toMatchObject({ name: 'LedgerWriteError', code: 'LEDGER_WRITE_FAILED' });
    expect(answer['message']).toMatch(/may not write there[\s\S]*give it write access to the state folder/);
    expect(answer['message']).not.toMatch(/^Error \[EACCES\]/);
  },
  30_000,
);
