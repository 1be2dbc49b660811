import { type Caller, hasRole } from '@grassroots/auth';

// Analysts read statistics; a person's name and birth date reach them masked (DOMAIN §7).
export function revealsPersonalData(caller: Caller): boolean {
  return !hasRole(caller, 'analyst');
}

/** 张建国 → 张**: the family name stays, so a ledger still reads. */
export function maskName(name: string): string {
  const characters = [...name];
  return characters.length <= 1 ? '*' : characters[0] + '*'.repeat(characters.length - 1);
}
