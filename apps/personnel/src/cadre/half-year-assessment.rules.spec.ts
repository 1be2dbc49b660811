import { assessablePeriod, assertNotYetAssessed, assertServedInPeriod } from './half-year-assessment.rules';

describe(assessablePeriod.name, () => {
  it('returns the period of a half-year that has begun', () => {
    expect(assessablePeriod(2026, 'SECOND', '2026-07-01')).toEqual({ start: '2026-07-01', end: '2027-01-01' });
    expect(assessablePeriod(2025, 'FIRST', '2026-11-25')).toEqual({ start: '2025-01-01', end: '2025-07-01' });
  });

  it('refuses a half-year that has not begun with BAD_USER_INPUT', () => {
    expect(() => assessablePeriod(2027, 'FIRST', '2026-11-25')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('not begun') }));
  });

  it.each([1999, 2026.5])('refuses the year %p with BAD_USER_INPUT', (year) => {
    expect(() => assessablePeriod(year, 'FIRST', '2026-11-25')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(assertNotYetAssessed.name, () => {
  it('allows the first assessment and refuses a second with CONFLICT', () => {
    expect(() => assertNotYetAssessed(null, 2026, 'FIRST')).not.toThrow();
    expect(() => assertNotYetAssessed({ id: 'x' }, 2026, 'FIRST')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});

describe(assertServedInPeriod.name, () => {
  it('refuses a cadre who held no post then with CONFLICT', () => {
    expect(() => assertServedInPeriod(true, 2026, 'FIRST')).not.toThrow();
    expect(() => assertServedInPeriod(false, 2026, 'FIRST')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});
