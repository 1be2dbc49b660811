import { addYears, ageOn, halfYearRange, quarterOf } from './cadre-dates.util';

describe(addYears.name, () => {
  it('keeps the day and month', () => {
    expect(addYears('2021-10-15', 5)).toBe('2026-10-15');
  });

  it('moves 29 February to 28 February in a common year, and keeps it in a leap year', () => {
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe(ageOn.name, () => {
  it('counts a year only once the birthday has come', () => {
    expect(ageOn('1980-06-15', '2026-06-14')).toBe(45);
    expect(ageOn('1980-06-15', '2026-06-15')).toBe(46);
    expect(ageOn('1980-06-15', '2026-12-31')).toBe(46);
  });
});

describe(quarterOf.name, () => {
  it.each([
    ['2026-01-01', 1, '2026-01-01', '2026-04-01'],
    ['2026-03-31', 1, '2026-01-01', '2026-04-01'],
    ['2026-04-01', 2, '2026-04-01', '2026-07-01'],
    ['2026-09-30', 3, '2026-07-01', '2026-10-01'],
    ['2026-11-25', 4, '2026-10-01', '2027-01-01'],
  ])('puts %s in quarter %i [%s, %s)', (date, quarter, start, end) => {
    expect(quarterOf(date)).toEqual({ year: 2026, quarter, start, end });
  });
});

describe(halfYearRange.name, () => {
  it('splits the year at 1 July', () => {
    expect(halfYearRange(2026, 'FIRST')).toEqual({ start: '2026-01-01', end: '2026-07-01' });
    expect(halfYearRange(2026, 'SECOND')).toEqual({ start: '2026-07-01', end: '2027-01-01' });
  });
});
