import { expect, test } from 'vitest';
import { kotPunchCell } from './kot-punch-cell.js';
import { renderTable } from './text-table.js';

test('a punch as KOT’s 日別データ shows it: PC, month/day of the punch time, hour:minute', () => {
  expect(kotPunchCell(new Date('2019-12-17T00:03:59Z'))).toBe('PC12/17 09:03');
  // A night shift's clock-out shows the next calendar day.
  expect(kotPunchCell(new Date('2024-02-05T19:34:00Z'))).toBe('PC02/06 04:34');
  expect(kotPunchCell(undefined)).toBe('');
});

test('columns line up by display width, Japanese counting two cells', () => {
  const text = renderTable(
    ['従業員', '出勤'],
    [
      ['0001 山田 太郎', 'PC12/17 09:03'],
      ['A', 'PC12/17 09:10'],
    ],
  );
  const lines = text.trimEnd().split('\n');
  const column = (line: string) => {
    // Display width of everything before the second column.
    const head = line.split('PC')[0] ?? '';
    return [...head].reduce((w, c) => w + (/[\u3000-\u9fff]/.test(c) ? 2 : 1), 0);
  };
  expect(column(lines[2]!)).toBe(column(lines[3]!));
  expect(lines[1]).toMatch(/^-+ {2}-+$/);
});
