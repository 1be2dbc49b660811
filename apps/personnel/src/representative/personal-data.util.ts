import { type Caller, hasRole } from '@grassroots/auth';

// Analysts read statistics and never personal data unmasked (DOMAIN §7), whatever else they hold.
export function masksPersonalData(caller: Caller): boolean {
  return hasRole(caller, 'analyst');
}

/** 张建国 → 张**: the family name stays so a list still reads as people. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** Free text (reasons, notes, addresses) as it is, or a fixed mask for a caller who may not read it. */
export function maskedText<T extends string | null>(text: T, masked: boolean): T {
  return (text === null || !masked ? text : '***') as T;
}
