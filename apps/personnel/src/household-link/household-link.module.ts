import { Module } from '@nestjs/common';
import { HouseholdLinkReportService } from './household-link-report.service';
import { HouseholdLinkRepository, HouseholdRepository, HouseholdVisitRepository, LinkPersonRepository } from './household-link.repository';
import { HouseholdLinkResolver } from './household-link.resolver';
import { HouseholdLinkService } from './household-link.service';
import { HouseholdVisitResolver } from './household-visit.resolver';
import { HouseholdResolver } from './household.resolver';
import { HouseholdService } from './household.service';
import { RegionHouseholdLinksResolver } from './region-household-links.resolver';

@Module({
  providers: [
    HouseholdRepository,
    LinkPersonRepository,
    HouseholdLinkRepository,
    HouseholdVisitRepository,
    HouseholdService,
    HouseholdLinkService,
    HouseholdLinkReportService,
    HouseholdResolver,
    HouseholdLinkResolver,
    HouseholdVisitResolver,
    RegionHouseholdLinksResolver,
  ],
})
export class HouseholdLinkModule {}
