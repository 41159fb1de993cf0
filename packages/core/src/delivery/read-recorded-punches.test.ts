import { describe, expect, it } from 'vitest';
import { FakeSink } from '../../test/support/fake-sink.js';
import { PunchReadError } from './errors/punch-read-error.js';
import { readRecordedPunches } from './read-recorded-punches.js';

const held = (employeeCode: string, workday: string) => ({
  employeeCode,
  workday,
  kind: 'clockIn' as const,
  at: new Date(`${workday}T09:00:00+09:00`),
});

describe('readRecordedPunches', () => {
  it('an employee the sink cannot read is left out (reported once); the others of the batch are read', async () => {
    const sink = new FakeSink();
    sink.held.push(held('0001', '2024-02-05'), held('0002', '2024-02-05'), held('0001', '2024-03-20'));
    sink.unknownEmployees.add('0002');
    const unreadable: string[][] = [];
    const days = [
      { employeeCode: '0001', workday: '2024-02-05' },
      { employeeCode: '0002', workday: '2024-02-05' },
      { employeeCode: '0002', workday: '2024-03-20' },
      { employeeCode: '0001', workday: '2024-03-20' },
    ];
    const found = await readRecordedPunches(sink, days, {
      onUnreadable: (codes, error) => {
        expect(PunchReadError.isInstance(error)).toBe(true);
        unreadable.push([...codes]);
      },
    });
    expect(found).toEqual([held('0001', '2024-02-05'), held('0001', '2024-03-20')]);
    expect(unreadable).toEqual([['0002']]);
    // The second window does not ask for 0002 again.
    expect(sink.reads.map((r) => r.employeeCodes)).toEqual([['0001', '0002'], ['0001'], ['0001']]);
  });

  it('without onUnreadable, or for an error about the whole read, it throws: never "nothing recorded"', async () => {
    const sink = new FakeSink();
    sink.unknownEmployees.add('0002');
    const days = [
      { employeeCode: '0001', workday: '2024-02-05' },
      { employeeCode: '0002', workday: '2024-02-05' },
    ];
    await expect(readRecordedPunches(sink, days)).rejects.toMatchObject({ employeeCodes: ['0002'] });
    sink.readError = new PunchReadError({ reason: 'restricted hours' });
    await expect(readRecordedPunches(sink, days, { onUnreadable: () => {} })).rejects.toBe(sink.readError);
  });
});
