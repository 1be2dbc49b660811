import { Injectable } from '@nestjs/common';
import { byKeys, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { regionLoader } from '../region/region.loader';
import { RegionService } from '../region/region.service';
import { type PartyOrganizationMemberRegion } from './party-organization-member-region.entity';
import { type PartyOrganizationResidentUnit } from './party-organization-resident-unit.entity';
import { type PartyOrganization } from './party-organization.entity';
import { PartyOrganizationService } from './party-organization.service';

// Per-request DataLoaders: whatever a request touches by key is read in one query per kind,
// so hundreds of `_entities` representations or tree nodes never become hundreds of queries.
@Injectable()
export class PartyOrganizationLoaders {
  constructor(
    private readonly organizations: PartyOrganizationService,
    private readonly regions: RegionService,
  ) {}

  organization(context: SubgraphContext) {
    const caller = userCallerOf(context);
    return loaderFor<string, PartyOrganization | null>(context, 'party-organization', async (ids) =>
      byKeys(ids, await this.organizations.getMany(caller, ids), (organization) => organization.id),
    );
  }

  /** The request's one region loader (shared with the region resolver). */
  region(context: SubgraphContext) {
    return regionLoader(context, this.regions);
  }

  memberRegions(context: SubgraphContext) {
    const caller = userCallerOf(context);
    return loaderFor<string, PartyOrganizationMemberRegion[]>(context, 'party-organization-member-regions', async (ids) => {
      const byOrganization = await this.organizations.memberRegionsOf(caller, ids);
      return ids.map((id) => byOrganization.get(id) ?? []);
    });
  }

  residentUnits(context: SubgraphContext) {
    const caller = userCallerOf(context);
    return loaderFor<string, PartyOrganizationResidentUnit[]>(context, 'party-organization-resident-units', async (ids) => {
      const byOrganization = await this.organizations.residentUnitsOf(caller, ids);
      return ids.map((id) => byOrganization.get(id) ?? []);
    });
  }
}
