import { Injectable } from '@nestjs/common';
import { type Caller, type Role } from '@grassroots/auth';
import { DomainError, isUuid, optionalText, parseId, parseRegionCode, regionLevelOf, type RegionScope, requiredText } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { Household } from './household.entity';
import { HouseholdRepository } from './household-link.repository';

// DOMAIN §7: the organization department, township staff (their township) and village cadres
// (their village) keep the household links; scope confines each to their region.
export const LINK_WRITERS: readonly Role[] = ['organization-dept', 'township-officer', 'village-cadre'];

export type RegisterHousehold = { regionCode: string; headName: string; address?: string | null };

/** The caller's scope narrowed to one village, BAD_USER_INPUT for any other level. */
export function villageScope(caller: Caller, village: string): RegionScope {
  const code = parseRegionCode(village, 'village');
  if (regionLevelOf(code) !== 'VILLAGE') {
    throw new DomainError('BAD_USER_INPUT', `village ${code} is not a village: use a 12-digit village code`, { field: 'village' });
  }
  return caller.scope.narrowTo(code);
}

@Injectable()
export class HouseholdService {
  constructor(private readonly households: HouseholdRepository) {}

  get(caller: Caller, id: string): Promise<Household> {
    return this.households.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  getMany(caller: Caller, ids: readonly string[]): Promise<Household[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.households.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Households of a village (its groups included) that nobody links. */
  withoutLink(caller: Caller, village: string, page: PageRequest): Promise<Page<Household>> {
    return this.households.withoutLink(villageScope(caller, village), page);
  }

  /** Registers a household of a village or village group. */
  async register(caller: Caller, input: RegisterHousehold): Promise<Household> {
    requireRole(caller, 'Registering a household', ...LINK_WRITERS);
    const regionCode = parseRegionCode(input.regionCode);
    const level = regionLevelOf(regionCode);
    if (level !== 'VILLAGE' && level !== 'VILLAGE_GROUP') {
      throw new DomainError('BAD_USER_INPUT', `regionCode ${regionCode} is a ${level.toLowerCase()}: a household lives in a village (12 digits) or village group (15)`, {
        field: 'regionCode',
      });
    }
    const headName = requiredText(input.headName, 'headName', 50);
    const address = optionalText(input.address, 'address', 200);
    const household = this.households.add(caller.scope, new Household(regionCode, headName, address, caller.subject));
    await this.households.flush();
    return household;
  }
}
