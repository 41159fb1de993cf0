import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { installService, uninstallService, winswXmlPath } from './install-service.js';
import { renderSystemdUnit } from './render-systemd-unit.js';
import { renderWinswXml } from './render-winsw-xml.js';

const windowsDefinition = {
  node: 'C:\\Program Files\\nodejs\\node.exe',
  script: 'C:\\Program Files\\pclogin\\node_modules\\@pclogin\\agent\\dist\\cli.js',
  configFile: 'C:\\ProgramData\\pclogin\\pclogin.config.json',
  workingDirectory: 'C:\\ProgramData\\pclogin',
};

describe('WinSW XML', () => {
  const text = renderWinswXml({ ...windowsDefinition, logDirectory: 'C:\\ProgramData\\pclogin\\logs' });

  test('runs `node cli.js run --config …` with quoted paths and restarts on failure', () => {
    expect(text).toContain('<id>pclogin-agent</id>');
    expect(text).toContain('<executable>C:\\Program Files\\nodejs\\node.exe</executable>');
    expect(text).toContain(
      '<arguments>&quot;C:\\Program Files\\pclogin\\node_modules\\@pclogin\\agent\\dist\\cli.js&quot; run --config C:\\ProgramData\\pclogin\\pclogin.config.json</arguments>',
    );
    expect(text.match(/<onfailure action="restart" delay="\d+ sec"\/>/g)).toHaveLength(3);
    expect(text).toContain('<startmode>Automatic</startmode>');
    expect(text).toContain('<logpath>C:\\ProgramData\\pclogin\\logs</logpath>');
  });

  test('is well-formed: every element closes, & and < are escaped', () => {
    const odd = renderWinswXml({
      ...windowsDefinition,
      configFile: 'C:\\R&D <test>\\pclogin.config.json',
      logDirectory: 'C:\\logs',
    });
    expect(odd).toContain('R&amp;D &lt;test&gt;');
    const body = odd.replace(/<!--[\s\S]*?-->/g, '');
    const opened = [...body.matchAll(/<([a-zA-Z]+)[^>/]*>/g)].map((m) => m[1]);
    const closed = [...body.matchAll(/<\/([a-zA-Z]+)>/g)].map((m) => m[1]);
    expect(opened.sort()).toEqual(closed.sort());
  });

  test('its file sits beside the WinSW executable with the same base name', () => {
    expect(winswXmlPath('/opt/svc/pclogin-agent.exe')).toBe('/opt/svc/pclogin-agent.xml');
  });
});

describe('systemd unit', () => {
  test('restarts on failure but not after a configuration error', () => {
    const unit = renderSystemdUnit({
      node: '/usr/bin/node',
      script: '/opt/pclogin/cli.js',
      configFile: '/etc/pclogin/pclogin.config.json',
      workingDirectory: '/etc/pclogin',
      user: 'pclogin',
    });
    expect(unit).toContain(
      'ExecStart="/usr/bin/node" "/opt/pclogin/cli.js" "run" "--config" "/etc/pclogin/pclogin.config.json"',
    );
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^RestartPreventExitStatus=2$/m);
    expect(unit).toMatch(/^EnvironmentFile=-\/etc\/pclogin\/pclogin\.env$/m);
    expect(unit).toMatch(/^User=pclogin$/m);
    expect(unit).toMatch(/^WantedBy=multi-user\.target$/m);
  });

  test('escapes % and quotes in paths', () => {
    const unit = renderSystemdUnit({
      node: '/usr/bin/node',
      script: '/opt/100%/"x"/cli.js',
      configFile: '/etc/p.json',
      workingDirectory: '/etc',
    });
    expect(unit).toContain('"/opt/100%%/\\"x\\"/cli.js"');
  });
});

describe('install and uninstall', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pclogin-service-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const definition = {
    node: '/usr/bin/node',
    script: '/opt/cli.js',
    configFile: '/etc/p.json',
    workingDirectory: '/etc',
  };

  test('linux: writes the unit, reloads systemd and enables it; uninstall undoes it', async () => {
    const calls: string[] = [];
    const run = async (file: string, args: readonly string[]) => {
      calls.push([file, ...args].join(' '));
      return '';
    };
    const steps = await installService({ platform: 'linux', definition, unitDirectory: dir, run });
    expect(await readFile(join(dir, 'pclogin-agent.service'), 'utf8')).toBe(renderSystemdUnit(definition));
    expect(calls).toEqual(['systemctl daemon-reload', 'systemctl enable --now pclogin-agent.service']);
    expect(steps[0]).toBe(`wrote ${join(dir, 'pclogin-agent.service')}`);
    calls.length = 0;
    await uninstallService({ platform: 'linux', unitDirectory: dir, run });
    expect(calls).toEqual(['systemctl disable --now pclogin-agent.service', 'systemctl daemon-reload']);
    await expect(readFile(join(dir, 'pclogin-agent.service'))).rejects.toThrow();
  });

  test('windows: refuses without the WinSW executable, with where to get it', async () => {
    const run = async () => '';
    await expect(
      installService({ platform: 'windows', definition, winsw: join(dir, 'pclogin-agent.exe'), run }),
    ).rejects.toMatchObject({
      code: 'SERVICE_WINSW_MISSING',
      message: expect.stringMatching(/github\.com\/winsw/),
    });
  });

  test('windows: writes the XML beside WinSW, installs and starts; uninstall stops and removes', async () => {
    const winsw = join(dir, 'pclogin-agent.exe');
    await writeFile(winsw, '');
    const calls: string[] = [];
    const run = async (file: string, args: readonly string[]) => {
      calls.push([file, ...args].join(' '));
      if (args[0] === 'stop') throw new Error('not running');
      return '';
    };
    await installService({ platform: 'windows', definition, winsw, logDirectory: join(dir, 'logs'), run });
    expect(await readFile(join(dir, 'pclogin-agent.xml'), 'utf8')).toContain(
      '<arguments>/opt/cli.js run --config /etc/p.json</arguments>',
    );
    expect(calls).toEqual([`${winsw} install`, `${winsw} start`]);
    calls.length = 0;
    const steps = await uninstallService({ platform: 'windows', winsw, run });
    expect(calls).toEqual([`${winsw} stop`, `${winsw} uninstall`]);
    expect(steps[0]).toMatch(/was not running/);
  });

  test('a unit folder it cannot write names the fix', async () => {
    const run = async () => '';
    await writeFile(join(dir, 'file'), '');
    await expect(
      installService({ platform: 'linux', definition, unitDirectory: join(dir, 'file', 'sub'), run }),
    ).rejects.toMatchObject({ code: 'SERVICE_PERMISSION' });
  });
});
