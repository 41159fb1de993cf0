import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from '../../../src/testing/internal/free-port.js';

/** A running Stoplight Prism (`prism mock` or `prism proxy`) on 127.0.0.1. */
export interface Prism {
  /** `http://127.0.0.1:PORT`: the description's paths are served right below it. */
  url: string;
  /** Everything Prism logged so far (its validation messages name each violation). */
  output(): string;
  /** Stops Prism; resolves once the process has exited. */
  stop(): Promise<void>;
}

/** What to start: a mock of the description, or a validating proxy in front of `upstream`. */
export type PrismMode = { mock: true } | { upstream: string };

/** The Prism command line of the installed `@stoplight/prism-cli`. */
function prismBin(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@stoplight/prism-cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { prism: string } };
  return join(dirname(manifest), bin.prism);
}

/**
 * Starts Prism as a real child process on a free loopback port with `--errors` (a request or
 * answer that breaks the description becomes an error answer instead of passing), and resolves
 * once it listens. Waits on Prism's own "listening" line, never on a timer.
 */
export async function startPrism(description: string, mode: PrismMode): Promise<Prism> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const command = 'mock' in mode ? ['mock', description] : ['proxy', description, mode.upstream];
    const child = spawn(
      process.execPath,
      [prismBin(), ...command, '--errors', '-h', '127.0.0.1', '-p', String(port)],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    let output = '';
    const ready = await new Promise<boolean>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Prism is listening')) resolve(true);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('error', reject);
      child.once('exit', () => resolve(false));
    });
    if (ready) {
      return { url: `http://127.0.0.1:${port}`, output: () => output, stop: () => stopChild(child) };
    }
    // Another process took the port between choosing and binding it: try another one.
    if (attempt >= 3 || !/EADDRINUSE/.test(output)) {
      throw new Error(`prism did not start:\n${output}`);
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
