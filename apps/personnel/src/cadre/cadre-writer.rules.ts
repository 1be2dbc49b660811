import { DomainError, REGION_LEVEL_LENGTH } from '@grassroots/kernel';

/** Who records cadre work: the organization department 组织部, and township officers 乡镇干部. */
export const CADRE_WRITERS = ['organization-dept', 'township-officer'] as const;

/**
 * A township officer changes only their own township's cadres, whatever scope they were given:
 * a scope above township level (a county, a city) is FORBIDDEN unless the caller is the
 * organization department.
 */
export function assertWritesWithinTownship(isOrganizationDept: boolean, scopeRoot: string): void {
  if (isOrganizationDept || scopeRoot.length >= REGION_LEVEL_LENGTH.TOWNSHIP) return;
  throw new DomainError(
    'FORBIDDEN',
    `a township officer records cadre work of their own township; your scope ${scopeRoot} is above township level: ask the organization department`,
    { scope: scopeRoot },
  );
}
