import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OVERRIDES } from './overrides.js';
import { applyOverrides, readDescription } from './support/apply-overrides.js';

const description = readDescription(join(import.meta.dirname, '__fixtures__', 'openapi.yml'));
const operationIds = (document: unknown) =>
  Object.values((document as { paths: Record<string, Record<string, { operationId?: string }>> }).paths)
    .flatMap((methods) => Object.values(methods).map((operation) => operation.operationId))
    .sort();

describe('the overrides of the API description', () => {
  test('each has a reason, and none removes a path or an operation', () => {
    for (const override of OVERRIDES) {
      expect(override.reason.length, override.at).toBeGreaterThan(40);
      if ('remove' in override) expect(override.at.split('/').length, override.at).toBeGreaterThan(4);
    }
    expect(operationIds(applyOverrides(description, OVERRIDES))).toEqual(operationIds(description));
  });

  test('a stale override fails instead of doing nothing', () => {
    const reason = 'a reason long enough to be a reason, for this test only';
    expect(() => applyOverrides(description, [{ at: '/paths/~1nowhere/get', remove: true, reason }])).toThrow(
      /does not exist/,
    );
    expect(() =>
      applyOverrides(description, [
        { at: '/components/schemas/working_type_response/required', without: ['x'], reason },
      ]),
    ).toThrow(/x is not in it/);
    expect(() =>
      applyOverrides(description, [
        { at: '/openapi', set: (description as { openapi: string }).openapi, reason },
      ]),
    ).toThrow(/changes nothing/);
    expect(() => applyOverrides(description, [{ at: '/openapi', set: '3.1.0', reason: ' ' }])).toThrow(
      /no reason/,
    );
  });

  test('the copy of the description is left as it is', () => {
    const before = JSON.stringify(description);
    applyOverrides(description, OVERRIDES);
    expect(JSON.stringify(description)).toBe(before);
  });
});
