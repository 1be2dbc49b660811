import { DomainError } from '@grassroots/kernel';

export const FIRST_INCOME_YEAR = 2000;

/** The year of a recorded income: 2000 up to the current year (from `today`, YYYY-MM-DD in Asia/Shanghai). */
export function parseIncomeYear(year: number, today: string): number {
  const currentYear = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_INCOME_YEAR || year > currentYear) {
    throw new DomainError('BAD_USER_INPUT', `year must be between ${FIRST_INCOME_YEAR} and ${currentYear}, got ${year}`, { field: 'year' });
  }
  return year;
}
