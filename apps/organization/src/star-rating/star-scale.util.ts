import { DomainError } from '@grassroots/kernel';

// 达标创星、晋位升级: each village organization is rated once a year on five grades. One star
// is reaching the standard 达标; each further star is a step up 晋位升级. Falling short of the
// standard is not a rating: that is a weak organization 软弱涣散, handled by rectification.
export type Stars = 1 | 2 | 3 | 4 | 5;

export const STAR_GRADES: Readonly<Record<Stars, { name: string; label: string; meaning: string }>> = {
  1: { name: 'ONE_STAR', label: '一星 达标', meaning: 'meets the basic standard' },
  2: { name: 'TWO_STARS', label: '二星 规范', meaning: 'well-run: meetings, records and duties in order' },
  3: { name: 'THREE_STARS', label: '三星 先进', meaning: 'advanced: above the county average' },
  4: { name: 'FOUR_STARS', label: '四星 优秀', meaning: 'excellent' },
  5: { name: 'FIVE_STARS', label: '五星 示范', meaning: 'model for the county' },
};

export type StarGrade = 'ONE_STAR' | 'TWO_STARS' | 'THREE_STARS' | 'FOUR_STARS' | 'FIVE_STARS';

export const FIRST_RATING_YEAR = 2000;

/** 1–5, or BAD_USER_INPUT. */
export function parseStars(stars: number): Stars {
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
    throw new DomainError('BAD_USER_INPUT', `stars must be a whole number from 1 (一星 达标) to 5 (五星 示范), got ${stars}`, { field: 'stars' });
  }
  return stars as Stars;
}

export function starGradeOf(stars: number): StarGrade {
  return STAR_GRADES[parseStars(stars)].name as StarGrade;
}

/** A rating is for a year from 2000 up to the current one (no rating ahead of time). */
export function assertRatingYear(year: number, currentYear: number): void {
  if (!Number.isInteger(year) || year < FIRST_RATING_YEAR || year > currentYear) {
    throw new DomainError('BAD_USER_INPUT', `year must be from ${FIRST_RATING_YEAR} to ${currentYear}, got ${year}`, { field: 'year' });
  }
}

/** A correction changes the stars; BAD_USER_INPUT when they stay the same. */
export function assertStarCorrection(current: number, corrected: number): Stars {
  const stars = parseStars(corrected);
  if (stars === current) {
    throw new DomainError('BAD_USER_INPUT', `the rating already has ${current} stars: a correction must change them`, { field: 'stars' });
  }
  return stars;
}
