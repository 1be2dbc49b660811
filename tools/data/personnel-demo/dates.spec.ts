import { addYears, ageOn, monthStart, randomDate } from './dates';
import { seededRandom } from '../random';

describe(ageOn.name, () => {
  it('counts a year only once the birthday has come', () => {
    expect(ageOn('1960-11-25', '2026-11-25')).toBe(66);
    expect(ageOn('1960-11-26', '2026-11-25')).toBe(65);
  });
});

describe(addYears.name, () => {
  it('moves 29 February to 1 March in a common year, as the pipeline rules do', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2021-03-15', 5)).toBe('2026-03-15');
  });
});

describe(monthStart.name, () => {
  it('is the first day of the month, or of a month before or after', () => {
    expect(monthStart('2026-11-25')).toBe('2026-11-01');
    expect(monthStart('2026-01-31', -1)).toBe('2025-12-01');
    expect(monthStart('2026-12-05', 1)).toBe('2027-01-01');
  });
});

describe(randomDate.name, () => {
  it('stays within its bounds, both included', () => {
    const random = seededRandom('dates');
    const drawn = new Set(Array.from({ length: 200 }, () => randomDate(random, '2026-02-27', '2026-03-01')));
    expect([...drawn].sort()).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });
});
