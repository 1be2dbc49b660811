import { idNumberCheckCharacter } from '../id-number.util';

/**
 * A made-up ID number with a correct check character, for tests: 麻城市 421181, the birth date,
 * and a 3-digit sequence (odd last digit: male, even: female). Never a real person's number.
 */
export function testIdNumber(birthDate = '1985-03-12', sequence = '001'): string {
  const first17 = `421181${birthDate.replace(/-/g, '')}${sequence}`;
  return `${first17}${idNumberCheckCharacter(first17)}`;
}
