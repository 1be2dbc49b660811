import { type Caller, hasRole } from '@grassroots/auth';
import { DomainError, isRegionCode, regionLevelOf, type RegionCode } from '@grassroots/kernel';

const COUNTY_AND_TOWNSHIP_WRITERS = ['civil-affairs', 'organization-dept', 'township-officer'] as const;

/**
 * Civil affairs, the organization department and township officers manage social
 * organizations within their scope; a village cadre only within their own village.
 */
export function requireSocialOrganizationWriter(caller: Caller, action: string): void {
  if (hasRole(caller, ...COUNTY_AND_TOWNSHIP_WRITERS)) return;
  const root = caller.scope.root;
  if (hasRole(caller, 'village-cadre') && isRegionCode(root) && regionLevelOf(root as RegionCode) === 'VILLAGE') return;
  const rolesText = [...COUNTY_AND_TOWNSHIP_WRITERS, 'village-cadre (own village)'].join(', ');
  throw new DomainError('FORBIDDEN', `${action} needs one of the roles ${rolesText}; you have ${caller.roles.join(', ') || 'none'} for ${root}`, {
    requiredRoles: [...COUNTY_AND_TOWNSHIP_WRITERS, 'village-cadre'],
  });
}
