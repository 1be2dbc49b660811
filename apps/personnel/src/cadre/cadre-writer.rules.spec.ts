import { assertWritesWithinTownship } from './cadre-writer.rules';

describe(assertWritesWithinTownship.name, () => {
  it('lets the organization department write at any level', () => {
    expect(() => assertWritesWithinTownship(true, '421181')).not.toThrow();
  });

  it('lets a township officer write in a township or a village', () => {
    expect(() => assertWritesWithinTownship(false, '421181100')).not.toThrow();
    expect(() => assertWritesWithinTownship(false, '421181111229')).not.toThrow();
  });

  it.each(['421181', '4211', '42'])('refuses a township officer scoped to %s with FORBIDDEN', (scope) => {
    expect(() => assertWritesWithinTownship(false, scope)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
