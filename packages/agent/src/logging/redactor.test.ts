import { expect, test } from 'vitest';
import { createRedactor } from './redactor.js';

test('removes a secret written inside a JSON string (quotes and backslashes escaped), once or twice', () => {
  const secret = 'pa"ss\\word';
  const redact = createRedactor([secret]);
  const once = JSON.stringify({ proxy: `http://u:${secret}@p` });
  const twice = JSON.stringify({ message: once });
  expect(redact(once)).toBe('{"proxy":"http://u:[redacted]@p"}');
  expect(redact(twice)).not.toContain('ss\\\\');
  expect(redact(twice)).toContain('[redacted]');
});

test('removes a secret shorter than 4 characters where it stands alone, not inside words', () => {
  const redact = createRedactor(['x9']);
  expect(redact('proxy http://u:x9@proxy:8080')).toBe('proxy http://u:[redacted]@proxy:8080');
  expect(redact('{"password":"x9"}')).toBe('{"password":"[redacted]"}');
  expect(redact('box99 ax9b')).toBe('box99 ax9b');
});

test('removes a secret as it is, percent-encoded, and the longest first', () => {
  const redact = createRedactor(['p@ss:word', 'p@ss']);
  expect(redact('http://u:p%40ss%3Aword@h and p@ss:word')).toBe('http://u:[redacted]@h and [redacted]');
});
