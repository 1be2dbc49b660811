import { REGION_LEVEL_LENGTH } from '@grassroots/kernel';

// Who acts on weak-organization cases (DOMAIN §7): the county organization department decides
// (designation, plan sign-off, close-out, relapse); township staff and organization departments do
// the township's work; discipline and analysts read.
export const CASE_READERS = ['organization-dept', 'township-officer', 'discipline', 'analyst'] as const;
export const TOWNSHIP_WORKERS = ['organization-dept', 'township-officer'] as const;
export const COUNTY_DECIDERS = ['organization-dept'] as const;

/** A scope rooted at a county or above (province, city, county). */
export function isCountyOrAbove(scopeRoot: string): boolean {
  return scopeRoot.length <= REGION_LEVEL_LENGTH.COUNTY;
}
