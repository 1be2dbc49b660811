import { assertRatingYear, assertStarCorrection, parseStars, STAR_GRADES, starGradeOf } from './star-scale.util';

describe(parseStars.name, () => {
  it.each([1, 2, 3, 4, 5])('accepts %i', (stars) => {
    expect(parseStars(stars)).toBe(stars);
  });

  it.each([0, 6, -1, 2.5, Number.NaN])('refuses %p with BAD_USER_INPUT', (stars) => {
    expect(() => parseStars(stars)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('from 1 (一星 达标) to 5') }));
  });
});

describe(starGradeOf.name, () => {
  it('names each grade and labels it in Chinese, 达标 first', () => {
    expect([1, 2, 3, 4, 5].map(starGradeOf)).toEqual(['ONE_STAR', 'TWO_STARS', 'THREE_STARS', 'FOUR_STARS', 'FIVE_STARS']);
    expect(STAR_GRADES[1].label).toContain('达标');
    expect(STAR_GRADES[5].label).toContain('示范');
  });
});

describe(assertRatingYear.name, () => {
  it('accepts years from 2000 to the current one', () => {
    expect(() => assertRatingYear(2000, 2026)).not.toThrow();
    expect(() => assertRatingYear(2026, 2026)).not.toThrow();
  });

  it.each([1999, 2027, 2025.5])('refuses %p with BAD_USER_INPUT', (year) => {
    expect(() => assertRatingYear(year, 2026)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('from 2000 to 2026') }));
  });
});

describe(assertStarCorrection.name, () => {
  it('returns the corrected stars', () => {
    expect(assertStarCorrection(3, 4)).toBe(4);
    expect(assertStarCorrection(3, 1)).toBe(1);
  });

  it('refuses a correction that changes nothing or leaves the scale with BAD_USER_INPUT', () => {
    expect(() => assertStarCorrection(3, 3)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('must change them') }));
    expect(() => assertStarCorrection(3, 6)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
