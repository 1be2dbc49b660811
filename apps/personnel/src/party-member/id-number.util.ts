import { DomainError } from '@grassroots/kernel';

export type Gender = 'MALE' | 'FEMALE';

/** What a valid resident ID number 居民身份证号码 (GB 11643-1999) says about its holder. */
export type IdNumberFacts = {
  /** 18 characters, the check character in upper case. */
  idNumber: string;
  birthDate: string;
  gender: Gender;
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** The GB 11643 check character of the first 17 digits (ISO 7064 MOD 11-2). */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`expected 17 digits, got "${first17}"`);
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return CHECK_CHARACTERS[sum % 11];
}

/**
 * A resident ID number checked for shape, a real birth date (not after `today`) and its check
 * character; BAD_USER_INPUT saying which part is wrong otherwise.
 */
export function parseIdNumber(input: string, today: string, field = 'idNumber'): IdNumberFacts {
  const idNumber = (input ?? '').trim().toUpperCase();
  const refuse = (problem: string) => new DomainError('BAD_USER_INPUT', `${field} ${problem}`, { field });
  if (!SHAPE.test(idNumber)) throw refuse('must be 18 characters: 17 digits and a final digit or X');
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < '1900-01-01' || birthDate > today) {
    throw refuse(`holds ${idNumber.slice(6, 14)} as its birth date (characters 7–14), which is not a real past date`);
  }
  if (idNumberCheckCharacter(idNumber.slice(0, 17)) !== idNumber[17]) {
    throw refuse('fails its GB 11643 check character: a digit is probably mistyped');
  }
  return { idNumber, birthDate, gender: Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
