import { Module } from '@nestjs/common';
import { CadrePostRepository, CadreRepository } from '../cadre/cadre.repository';
import { PartyMemberRepository } from '../party-member/party-member.repository';
import { VillageRepresentativeRepository } from '../representative/representative.repository';
import { HouseholdLinkReportService } from './household-link-report.service';
import { HouseholdLinkRepository, HouseholdRepository, HouseholdVisitRepository, LinkPersonRepository } from './household-link.repository';
import { HouseholdLinkResolver } from './household-link.resolver';
import { HouseholdLinkService } from './household-link.service';
import { HouseholdVisitResolver } from './household-visit.resolver';
import { HouseholdResolver } from './household.resolver';
import { HouseholdService } from './household.service';
import { LinkCandidateService } from './link-candidate.service';
import { RegionHouseholdLinksResolver } from './region-household-links.resolver';

@Module({
  providers: [
    // Read-only here: the records that decide who links and with which quota.
    CadreRepository,
    CadrePostRepository,
    PartyMemberRepository,
    VillageRepresentativeRepository,
    LinkCandidateService,
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
