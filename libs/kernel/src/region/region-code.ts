import { DomainError } from '../errors/domain-error';

// Statistical division code 行政区划代码: 2 province, 2 city, 2 county, 3 township, 3 village.
// Village groups 村民小组(塆组) have no national code: the platform numbers them with three more
// digits under their village (15 digits), so prefix scoping covers them like any other level.
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE' | 'VILLAGE_GROUP';

export const REGION_LEVEL_LENGTH: Record<RegionLevel, number> = {
  PROVINCE: 2,
  CITY: 4,
  COUNTY: 6,
  TOWNSHIP: 9,
  VILLAGE: 12,
  VILLAGE_GROUP: 15,
};

const LEVEL_BY_LENGTH = new Map<number, RegionLevel>(
  Object.entries(REGION_LEVEL_LENGTH).map(([level, length]) => [length, level as RegionLevel]),
);

// The padded forms of each level: `421181000000` is the county `421181`.
const PADDED_TAIL: [RegionLevel, RegionPattern][] = [
  ['PROVINCE', /^\d{2}0{10}$/],
  ['CITY', /^\d{4}0{8}$/],
  ['COUNTY', /^\d{6}0{6}$/],
  ['TOWNSHIP', /^\d{9}0{3}$/],
];
type RegionPattern = RegExp;

export type RegionCode = string & { readonly __brand: 'RegionCode' };

/** Level of a canonical region code, from its length alone. */
export function regionLevelOf(code: RegionCode): RegionLevel {
  const level = LEVEL_BY_LENGTH.get(code.length);
  if (!level) throw new DomainError('BAD_USER_INPUT', `"${code}" is not a canonical region code`);
  return level;
}

/**
 * Parses user input into the canonical code of its level: 2, 4, 6, 9 or 12 digits, and the
 * 12-digit padded form of a higher level (`421181000000` → `421181`). Never strips zeros
 * from a code of the right length: `421181100` is a township.
 */
export function parseRegionCode(input: string, field = 'regionCode'): RegionCode {
  const raw = (input ?? '').trim();
  if (!/^\d+$/.test(raw) || !LEVEL_BY_LENGTH.has(raw.length)) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `${field} "${input}" is not a region code: use 2, 4, 6, 9 or 12 digits (e.g. 421181 for a county, 421181111 for a township), or 15 for a village group`,
      { field },
    );
  }
  if (raw.length === 12) {
    for (const [level, pattern] of PADDED_TAIL) {
      if (pattern.test(raw)) return raw.slice(0, REGION_LEVEL_LENGTH[level]) as RegionCode;
    }
  }
  return raw as RegionCode;
}

export function isRegionCode(input: string): boolean {
  return /^\d+$/.test(input) && LEVEL_BY_LENGTH.has(input.length);
}

/** The code of the parent level, or null for a province. */
export function parentRegionCode(code: RegionCode): RegionCode | null {
  const lengths = [2, 4, 6, 9, 12, 15];
  const index = lengths.indexOf(code.length);
  return index > 0 ? (code.slice(0, lengths[index - 1]) as RegionCode) : null;
}

/** Codes of every ancestor, nearest last: 421181111 → [42, 4211, 421181]. */
export function ancestorRegionCodes(code: RegionCode): RegionCode[] {
  const out: RegionCode[] = [];
  for (let parent = parentRegionCode(code); parent; parent = parentRegionCode(parent)) out.unshift(parent);
  return out;
}

/** True when `code` is `ancestor` itself or lies under it: a prefix check by level length. */
export function isWithinRegion(code: string, ancestor: string): boolean {
  return code.length >= ancestor.length && code.startsWith(ancestor);
}
