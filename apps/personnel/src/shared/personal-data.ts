import { type Caller, hasRole } from '@grassroots/auth';

// Analysts read statistics; a person's name, birth date and the free text written about them
// reach them masked, whatever else they hold (DOMAIN §7). Every personnel aggregate masks alike.

/** True for an analyst: names masked, birth dates withheld, free text replaced. */
export function masksPersonalData(caller: Caller): boolean {
  return hasRole(caller, 'analyst');
}

/** The opposite of masksPersonalData, for mappers that take `reveal`. */
export function revealsPersonalData(caller: Caller): boolean {
  return !masksPersonalData(caller);
}

/** 张建国 → 张**: the family name stays, so a ledger still reads as people. */
export function maskName(name: string): string {
  const characters = [...name];
  return characters.length <= 1 ? '*' : `${characters[0]}${'*'.repeat(characters.length - 1)}`;
}

/** What a masked caller reads in place of free text (reasons, notes, summaries, addresses). */
export const MASKED_TEXT = '***';

/** Free text as it is, or MASKED_TEXT for a masked caller; null stays null. */
export function maskedText<T extends string | null>(text: T, masked: boolean): T {
  return (text === null || !masked ? text : MASKED_TEXT) as T;
}

/** A birth date, or null for a masked caller (the cadre records withhold it the same way). */
export function maskedBirthDate(birthDate: string | null, masked: boolean): string | null {
  return masked ? null : birthDate;
}
