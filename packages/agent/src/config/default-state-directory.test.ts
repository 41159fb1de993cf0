import { expect, test } from 'vitest';
import { defaultStateDirectory } from './default-state-directory.js';

test('Windows: %ProgramData%\\pclogin', () => {
  expect(defaultStateDirectory('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\pclogin');
  expect(defaultStateDirectory('win32', {})).toBe('C:\\ProgramData\\pclogin');
});

test('elsewhere: $XDG_STATE_HOME/pclogin, else ~/.local/state/pclogin', () => {
  expect(defaultStateDirectory('linux', { XDG_STATE_HOME: '/srv/state' }, () => '/home/a')).toBe(
    '/srv/state/pclogin',
  );
  expect(defaultStateDirectory('linux', {}, () => '/home/a')).toBe('/home/a/.local/state/pclogin');
  // A relative XDG_STATE_HOME is invalid by the spec and ignored.
  expect(defaultStateDirectory('darwin', { XDG_STATE_HOME: 'state' }, () => '/Users/a')).toBe(
    '/Users/a/.local/state/pclogin',
  );
});
