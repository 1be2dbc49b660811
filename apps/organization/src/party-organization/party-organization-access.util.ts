import { DomainError, type RegionCode, REGION_LEVEL_LENGTH, regionLevelOf } from '@grassroots/kernel';

/**
 * The organization department 组织部 changes organizations anywhere in its scope; a township
 * officer 乡镇干部 only those of a township and below (DOMAIN §7), whatever scope it was given.
 */
export function assertMayWriteAt(isOrganizationDept: boolean, regionCode: string): void {
  if (isOrganizationDept) return;
  if (regionCode.length < REGION_LEVEL_LENGTH.TOWNSHIP) {
    const level = regionLevelOf(regionCode as RegionCode);
    throw new DomainError(
      'FORBIDDEN',
      `a township officer changes organizations of a township and below; ${regionCode} is a ${level}: ask the organization department`,
      { regionCode },
    );
  }
}
