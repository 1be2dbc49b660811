import { type Caller } from './caller';
import { hasRole } from './caller-access';

// Analysts read statistics; a person's name and the free text written about them reach them
// masked, whatever other role they hold (DOMAIN §7). Every subgraph masks alike.

/** True for an analyst: names masked, free text replaced. */
export function masksPersonalData(caller: Caller): boolean {
  return hasRole(caller, 'analyst');
}

/** 张建国 → 张**: the family name stays, so a ledger still reads as people; null stays null. */
export function maskName<T extends string | null>(name: T): T {
  if (name === null) return name;
  const characters = [...name.trim()];
  return (characters.length <= 1 ? '*' : `${characters[0]}${'*'.repeat(characters.length - 1)}`) as T;
}

/** What a masked caller reads in place of free text (reasons, notes, summaries, addresses). */
export const MASKED_TEXT = '***';

/** Free text as it is, or MASKED_TEXT for a masked caller; null stays null. */
export function maskedText<T extends string | null>(text: T, masked: boolean): T {
  return (text === null || !masked ? text : MASKED_TEXT) as T;
}
