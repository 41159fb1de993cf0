// An installation of the example in a temporary folder, against the KOT simulator: an `exports`
// folder for the PowerShell exports, the linking CSV, and a configuration file pointing at them.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type KotSimulator, startKotSimulator } from '@pclogin/kot-client/testing';

/** A temporary installation; `close()` stops the simulator and removes the folder. */
export interface Installation {
  dir: string;
  /** `dir/exports`, the configured log folder. */
  exports: string;
  sim: KotSimulator;
  close(): Promise<void>;
}

/**
 * @param options.links the linking CSV's text
 * @param options.config more configuration fields, e.g. `companyCode`
 */
export async function setUpInstallation(options: {
  prefix: string;
  clock: () => Date;
  links: string;
  config?: Record<string, unknown>;
}): Promise<Installation> {
  const dir = await mkdtemp(join(tmpdir(), options.prefix));
  const exports = join(dir, 'exports');
  await mkdir(exports);
  const sim = await startKotSimulator({ clock: options.clock });
  await writeFile(join(dir, 'links.csv'), options.links);
  await writeFile(
    join(dir, 'pclogin.config.json'),
    JSON.stringify({
      ...options.config,
      accessToken: sim.token,
      logDirectory: 'exports',
      stateDirectory: 'state',
      linksFile: 'links.csv',
      // The client's own pace (a request per second or so) would only make the test slow.
      kot: { baseUrl: sim.baseUrl, requestsPerSecond: 1000 },
    }),
  );
  return {
    dir,
    exports,
    sim,
    async close() {
      await sim.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
