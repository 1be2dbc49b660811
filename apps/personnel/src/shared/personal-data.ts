import { type Caller, masksPersonalData } from '@grassroots/auth';

// Analysts read statistics; a person's name, birth date and the free text written about them
// reach them masked, whatever else they hold (DOMAIN §7). Names and free text are masked as in
// every subgraph (libs/auth); personnel also withholds birth dates.
export { MASKED_TEXT, maskedText, maskName, masksPersonalData } from '@grassroots/auth';

/** The opposite of masksPersonalData, for mappers that take `reveal`. */
export function revealsPersonalData(caller: Caller): boolean {
  return !masksPersonalData(caller);
}

/** A birth date, or null for a masked caller (the cadre records withhold it the same way). */
export function maskedBirthDate(birthDate: string | null, masked: boolean): string | null {
  return masked ? null : birthDate;
}
