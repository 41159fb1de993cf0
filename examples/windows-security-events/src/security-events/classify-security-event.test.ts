import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySecurityEvent } from './classify-security-event.js';

describe('classifySecurityEvent', () => {
  it.each([
    [4624, 2, { kind: 'logon' }],
    [4624, 10, { kind: 'logon' }],
    [4624, 11, { kind: 'logon' }],
    [4624, 12, { kind: 'logon' }],
    [4624, 7, { kind: 'unlock' }],
    [4624, 13, { kind: 'unlock' }],
    [4624, 3, { skip: 'logon-type' }],
    [4624, 4, { skip: 'logon-type' }],
    [4624, 5, { skip: 'logon-type' }],
    [4624, 8, { skip: 'logon-type' }],
    [4624, 9, { skip: 'logon-type' }],
    [4624, undefined, { skip: 'logon-type' }],
    [4634, 2, { kind: 'logoff' }],
    [4634, 10, { kind: 'logoff' }],
    [4634, 3, { skip: 'logon-type' }],
    [4634, 7, { skip: 'logon-type' }], // the short session an unlock creates ends seconds later
    [4634, undefined, { skip: 'logon-type' }],
    [4647, undefined, { kind: 'logoff' }],
    [4800, undefined, { kind: 'lock' }],
    [4801, undefined, { kind: 'unlock' }],
    [4625, 2, { skip: 'event-id' }], // a failed logon is not presence
    [4608, undefined, { skip: 'event-id' }],
  ] as const)('event %i with logon type %s', (id, logonType, expected) => {
    expect(classifySecurityEvent(id, logonType)).toEqual(expected);
  });

  it('never turns a non-interactive session into presence (property)', () => {
    const nonInteractive = fc.integer({ min: 0, max: 20 }).filter((t) => ![2, 7, 10, 11, 12, 13].includes(t));
    fc.assert(
      fc.property(fc.constantFrom(4624, 4634), nonInteractive, (id, logonType) => {
        expect(classifySecurityEvent(id, logonType)).toEqual({ skip: 'logon-type' });
      }),
    );
  });
});
