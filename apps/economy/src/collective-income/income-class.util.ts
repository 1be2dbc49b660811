import { DomainError } from '@grassroots/kernel';

// Villages by annual collective operating income 村集体经营性收入 (DOMAIN §5).
export type IncomeClass = 'EMPTY' | 'WEAK' | 'STANDARD' | 'STRONG';

export const INCOME_CLASSES: readonly IncomeClass[] = ['EMPTY', 'WEAK', 'STANDARD', 'STRONG'];

// Thresholds in fen: STANDARD from 50,000 yuan, STRONG from 500,000 yuan.
export const STANDARD_INCOME_FROM_FEN = 50_000 * 100;
export const STRONG_INCOME_FROM_FEN = 500_000 * 100;

/** EMPTY at 0, WEAK below 50,000 yuan, STANDARD below 500,000 yuan, STRONG from 500,000 yuan. */
export function incomeClassOf(amountFen: number): IncomeClass {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0) {
    throw new DomainError('BAD_USER_INPUT', `income must be a whole number of fen, 0 or more; got ${amountFen}`, { field: 'amount' });
  }
  if (amountFen === 0) return 'EMPTY';
  if (amountFen < STANDARD_INCOME_FROM_FEN) return 'WEAK';
  if (amountFen < STRONG_INCOME_FROM_FEN) return 'STANDARD';
  return 'STRONG';
}

/** The amounts (fen) of a class as a half-open range, for filtering in the database. */
export function amountRangeOfClass(incomeClass: IncomeClass): { from: number; below: number | null } {
  switch (incomeClass) {
    case 'EMPTY':
      return { from: 0, below: 1 };
    case 'WEAK':
      return { from: 1, below: STANDARD_INCOME_FROM_FEN };
    case 'STANDARD':
      return { from: STANDARD_INCOME_FROM_FEN, below: STRONG_INCOME_FROM_FEN };
    case 'STRONG':
      return { from: STRONG_INCOME_FROM_FEN, below: null };
  }
}
