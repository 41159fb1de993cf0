// A real browser for the console's end-to-end tests: Debian's chromium, driven by
// playwright-core (nothing is downloaded). Without it the tests are skipped, loudly.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The system Chromium, when installed (`PCLOGIN_CHROMIUM` names another one, or `none`). */
export const CHROMIUM = (
  process.env['PCLOGIN_CHROMIUM']
    ? [process.env['PCLOGIN_CHROMIUM']]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser']
).find((path) => existsSync(path));

if (!CHROMIUM) {
  process.stderr.write(
    `\n${'!'.repeat(78)}\n!! SKIPPED: the console's browser tests need Chromium (apt-get install chromium\n!! fonts-ipafont-gothic; .ci/run installs both). Nothing of the console was tested in a browser.\n${'!'.repeat(78)}\n\n`,
  );
}

/** Flags for a root user on an offline machine: no sandbox, nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** An axe-core violation, as the scan reports it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Scans the page with axe-core (WCAG 2.1 A and AA rules). The source is evaluated through the
 * browser's debugging protocol, which the page's Content-Security-Policy does not govern.
 */
export async function axeScan(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}
