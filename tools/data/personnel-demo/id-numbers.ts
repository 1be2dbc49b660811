import { type Gender, idNumberCheckCharacter } from '@grassroots/personnel-app';
import { type Random } from '../random';

/**
 * Resident ID numbers 居民身份证号码 by GB 11643: the county's six-digit address code, the birth
 * date, a three-digit sequence whose last digit is odd for men and even for women, and the check
 * character. Each number is handed out once per allocator (one per county run).
 */
export class IdNumbers {
  private readonly issued = new Set<string>();

  constructor(private readonly addressCode: string) {
    if (!/^\d{6}$/.test(addressCode)) throw new Error(`an ID number's address code has six digits, got "${addressCode}"`);
  }

  next(random: Random, birthDate: string, gender: Gender): string {
    const prefix = this.addressCode + birthDate.replace(/-/g, '');
    // 500 sequences per gender and birth day: a county never comes close to filling one.
    for (;;) {
      const sequence = random.int(0, 499) * 2 + (gender === 'MALE' ? 1 : 0);
      const first17 = prefix + String(sequence).padStart(3, '0');
      if (this.issued.has(first17)) continue;
      this.issued.add(first17);
      return first17 + idNumberCheckCharacter(first17);
    }
  }
}

// Prefixes of the three mainland carriers' mobile ranges.
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '177', '180', '181', '186', '187', '188', '189', '199'];

export function mobilePhone(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0');
}
