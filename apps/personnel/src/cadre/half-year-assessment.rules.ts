import { DomainError } from '@grassroots/kernel';
import { halfYearRange, type DateRange } from './cadre-dates.util';
import { type HalfYear } from './cadre-vocabulary';

export const FIRST_ASSESSMENT_YEAR = 2000;

/** The half-year 半年 to assess: it must have begun (BAD_USER_INPUT otherwise). */
export function assessablePeriod(year: number, half: HalfYear, today: string): DateRange {
  if (!Number.isInteger(year) || year < FIRST_ASSESSMENT_YEAR) {
    throw new DomainError('BAD_USER_INPUT', `year ${year} is not a year the platform assesses: use ${FIRST_ASSESSMENT_YEAR} or later`, { field: 'year' });
  }
  const period = halfYearRange(year, half);
  if (period.start > today) {
    throw new DomainError('BAD_USER_INPUT', `the ${half} half of ${year} has not begun: assess a half-year once it is under way or over`, { field: 'year' });
  }
  return period;
}

/** One assessment per cadre per half-year: CONFLICT when one exists. */
export function assertNotYetAssessed(existing: { id: string } | null, year: number, half: HalfYear): void {
  if (existing) {
    throw new DomainError('CONFLICT', `the cadre already has an assessment for the ${half} half of ${year} (${existing.id}): one per half-year`, {
      existingId: existing.id,
    });
  }
}

/** A cadre is assessed for a half-year only if they held a post during it: CONFLICT otherwise. */
export function assertServedInPeriod(served: boolean, year: number, half: HalfYear): void {
  if (!served) {
    throw new DomainError('CONFLICT', `the cadre held no post during the ${half} half of ${year}: there is nothing to assess`, { field: 'cadreId' });
  }
}
