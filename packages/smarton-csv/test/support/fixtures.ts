import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LogEvent } from '@pclogin/core';

/** The folder of the committed log fixtures. */
export const FIXTURES = join(import.meta.dirname, '..', '..', 'src', '__fixtures__', 'logs');

/** Path of a log fixture. */
export const fixture = (name: string) => join(FIXTURES, name);

/** Bytes of a log fixture. */
export const fixtureBytes = (name: string) => readFileSync(fixture(name));

/** An event as a plain, comparable object. */
export function plain(e: LogEvent) {
  return {
    account: e.account,
    at: e.at.toISOString(),
    kind: e.kind,
    raw: e.raw,
    ...(e.computer !== undefined ? { computer: e.computer } : {}),
    line: e.source?.line,
    offset: e.source?.offset,
  };
}
