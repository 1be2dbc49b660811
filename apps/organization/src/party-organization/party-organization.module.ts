import { Module } from '@nestjs/common';
import { RegionModule } from '../region/region.module';
import { PartyOrganizationCommandService } from './party-organization-command.service';
import { PartyOrganizationDissolutionService } from './party-organization-dissolution.service';
import { PartyOrganizationFieldsResolver } from './party-organization-fields.resolver';
import { MemberRegionRepository, PartyOrganizationChangeRepository, ResidentUnitRepository } from './party-organization-parts.repository';
import { PartyOrganizationWriteSupport } from './party-organization-write-support.service';
import { PartyOrganizationLoaders } from './party-organization.loaders';
import { PartyOrganizationRepository } from './party-organization.repository';
import { PartyOrganizationResolver } from './party-organization.resolver';
import { PartyOrganizationService } from './party-organization.service';
import { RegionPartyOrganizationsResolver } from './region-party-organizations.resolver';

@Module({
  imports: [RegionModule],
  providers: [
    PartyOrganizationRepository,
    MemberRegionRepository,
    ResidentUnitRepository,
    PartyOrganizationChangeRepository,
    PartyOrganizationService,
    PartyOrganizationWriteSupport,
    PartyOrganizationCommandService,
    PartyOrganizationDissolutionService,
    PartyOrganizationLoaders,
    PartyOrganizationResolver,
    PartyOrganizationFieldsResolver,
    RegionPartyOrganizationsResolver,
  ],
  exports: [PartyOrganizationService, PartyOrganizationRepository],
})
export class PartyOrganizationModule {}
