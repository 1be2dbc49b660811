import { parseIncomeYear } from './income-year.util';

describe(parseIncomeYear.name, () => {
  const today = '2026-11-25';

  it.each([2000, 2024, 2026])('accepts %i', (year) => {
    expect(parseIncomeYear(year, today)).toBe(year);
  });

  it.each([1999, 2027, 2026.5, Number.NaN])('refuses %p with BAD_USER_INPUT naming the range', (year) => {
    expect(() => parseIncomeYear(year, today)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('between 2000 and 2026') }),
    );
  });

  it('takes the current year from the Shanghai date, so 1 January counts as the new year', () => {
    expect(parseIncomeYear(2027, '2027-01-01')).toBe(2027);
  });
});
