// Odd paths in the service files, and the systemd unit's hardening, checked by systemd's own
// parser where `systemd-analyze` is installed (Debian's systemd package).
import { execFile, execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderSystemdUnit } from './render-systemd-unit.js';
import { renderWinswXml } from './render-winsw-xml.js';

const hasSystemdAnalyze = (() => {
  try {
    execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasSystemdAnalyze) {
  console.warn('\n*** SKIPPED: the systemd unit checks need systemd-analyze (apt-get install systemd) ***\n');
}

const analyze = (args: string[]) =>
  new Promise<{ code: number; out: string }>((resolve) => {
    execFile('systemd-analyze', args, { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({
        code: error ? Number((error as { code?: number }).code ?? 1) : 0,
        out: `${stdout}${stderr}`,
      });
    });
  });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pclogin-unit-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('systemd unit', () => {
  const definition = {
    node: '/opt/pclogin/pclogin-agent',
    configFile: '/etc/pclogin/pclogin.config.json',
    workingDirectory: '/etc/pclogin',
  };

  test('runs as its own account with the state in StateDirectory and the logs read-only', () => {
    const unit = renderSystemdUnit({ ...definition, logDirectory: '/srv/smarton/log' });
    expect(unit).toContain(
      'ExecStart="/opt/pclogin/pclogin-agent" "run" "--config" "/etc/pclogin/pclogin.config.json"',
    );
    expect(unit).toMatch(/^User=pclogin$/m);
    expect(unit).toMatch(/^StateDirectory=pclogin$/m);
    expect(unit).toMatch(/^ReadOnlyPaths=-"\/srv\/smarton\/log"$/m);
    for (const line of ['NoNewPrivileges=yes', 'ProtectSystem=strict', 'ProtectHome=yes', 'PrivateTmp=yes']) {
      expect(unit).toMatch(new RegExp(`^${line}$`, 'm'));
    }
    // A state folder elsewhere is made writable instead; logs under /home keep home read-only.
    const other = renderSystemdUnit({
      ...definition,
      stateDirectory: '/data/pclogin',
      logDirectory: '/home/smarton/log',
    });
    expect(other).toMatch(/^ReadWritePaths="\/data\/pclogin"$/m);
    expect(other).not.toMatch(/^StateDirectory=/m);
    expect(other).toMatch(/^ProtectHome=read-only$/m);
  });

  test('refuses a path with a line break, naming it', () => {
    expect(() => renderSystemdUnit({ ...definition, configFile: '/etc/a\nb.json' })).toThrow(
      expect.objectContaining({
        code: 'SERVICE_PATH_UNSUPPORTED',
        message: expect.stringContaining('"/etc/a\\nb.json"'),
      }),
    );
  });

  test("arguments keep quote, backslash, $ and % through systemd's quoting; the program path refuses what systemd refuses", () => {
    const unit = renderSystemdUnit({ ...definition, configFile: '/etc/a "b"\\c $HOME 100%/p.json' });
    expect(unit).toContain('"run" "--config" "/etc/a \\"b\\"\\\\c $$HOME 100%%/p.json"');
    expect(() => renderSystemdUnit({ ...definition, node: '/opt/a"b/pclogin-agent' })).toThrow(
      expect.objectContaining({ code: 'SERVICE_PATH_UNSUPPORTED' }),
    );
  });

  test.skipIf(!hasSystemdAnalyze)(
    'systemd finds the program at a path with a space, $ and % (systemd-analyze verify)',
    async () => {
      // A real executable at an awkward path: verify fails when ExecStart does not name it.
      const odd = join(dir, 'a b$HOME%n');
      await mkdir(odd, { recursive: true });
      const exe = join(odd, 'pclogin-agent');
      await writeFile(exe, '#!/bin/sh\nexit 0\n');
      await chmod(exe, 0o755);
      const unitFile = join(dir, 'pclogin-agent.service');
      const problems = /not executable|No such file|special characters|Failed to resolve|Invalid|Ignoring/i;
      await writeFile(unitFile, renderSystemdUnit({ ...definition, node: exe }));
      const verify = await analyze(['verify', '--man=no', unitFile]);
      expect(verify.out).not.toMatch(problems);
      // The negative control: the same path without the escaping is caught.
      await writeFile(unitFile, `[Service]\nExecStart="${exe}" run\n`);
      expect((await analyze(['verify', '--man=no', unitFile])).out).toMatch(problems);
    },
  );

  test.skipIf(!hasSystemdAnalyze)(
    'systemd-analyze security rates it 4 or better (it was 9.6 as root)',
    async () => {
      const unitFile = join(dir, 'pclogin-agent.service');
      await writeFile(unitFile, renderSystemdUnit({ ...definition, logDirectory: '/srv/smarton/log' }));
      const { out } = await analyze(['security', '--offline=yes', '--no-pager', unitFile]);
      const score = Number(/Overall exposure level for \S+: ([\d.]+)/.exec(out)?.[1]);
      expect(score, out).toBeLessThanOrEqual(4);
    },
  );
});

describe('WinSW XML', () => {
  const windows = {
    node: 'C:\\Program Files\\pclogin\\pclogin-agent.exe',
    configFile: 'C:\\ProgramData\\pclogin\\pclogin.config.json',
    workingDirectory: 'C:\\ProgramData\\pclogin',
    logDirectory: 'C:\\ProgramData\\pclogin\\logs',
  };
  const xmlText = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');

  test('a path with --, &, <, ]]> stays text: comments hold no --, and each element gives the path back', () => {
    const odd = 'C:\\R&D -- <new> ]]> 試験\\pclogin.config.json';
    const text = renderWinswXml({ ...windows, configFile: odd, node: 'C:\\x--y\\pclogin-agent.exe' });
    for (const comment of text.match(/<!--[\s\S]*?-->/g) ?? []) {
      expect(comment.slice(4, -3)).not.toContain('--');
    }
    const outsideComments = text.replace(/<!--[\s\S]*?-->/g, '');
    expect(outsideComments).not.toMatch(/<(?![/a-zA-Z])/);
    expect(xmlText(/<executable>(.*)<\/executable>/.exec(text)?.[1] ?? '')).toBe(
      'C:\\x--y\\pclogin-agent.exe',
    );
    expect(xmlText(/<arguments>(.*)<\/arguments>/.exec(text)?.[1] ?? '')).toBe(`run --config "${odd}"`);
  });

  test('refuses a path WinSW would expand (%NAME%), and control characters', () => {
    expect(() => renderWinswXml({ ...windows, configFile: 'C:\\%TEMP%\\p.json' })).toThrow(
      expect.objectContaining({
        code: 'SERVICE_PATH_UNSUPPORTED',
        message: expect.stringContaining('%TEMP%'),
      }),
    );
    expect(() => renderWinswXml({ ...windows, workingDirectory: 'C:\\a\u0001b' })).toThrow(
      expect.objectContaining({ code: 'SERVICE_PATH_UNSUPPORTED' }),
    );
    // A lone % (100%) is not a variable and is kept.
    expect(renderWinswXml({ ...windows, configFile: 'C:\\100% sure\\p.json' })).toContain('100% sure');
  });
});
