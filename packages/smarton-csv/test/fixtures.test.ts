import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
// @ts-expect-error: a plain script without type declarations
import { buildFixtures } from '../src/__fixtures__/make-fixtures.mjs';

test('the committed log fixtures are exactly what make-fixtures.mjs writes', () => {
  const built = buildFixtures() as Map<string, Buffer>;
  const dir = join(import.meta.dirname, '..', 'src', '__fixtures__', 'logs');
  expect(readdirSync(dir).sort()).toEqual([...built.keys()].sort());
  for (const [name, bytes] of built) expect(readFileSync(join(dir, name)).equals(bytes), name).toBe(true);
});
