import { Module } from '@nestjs/common';
import { GridRepository } from '../grid/grid.repository';
import { PartyOrganizationRepository } from '../party-organization/party-organization.repository';
import { RectificationModule } from '../rectification/rectification.module';
import { SocialOrganizationRepository } from '../social-organization/social-organization.repository';
import { OrganizationStatisticsResolver, RegionStatisticsResolver } from './organization-statistics.resolver';
import { OrganizationStatisticsService } from './organization-statistics.service';

@Module({
  imports: [RectificationModule],
  providers: [PartyOrganizationRepository, GridRepository, SocialOrganizationRepository, OrganizationStatisticsService, OrganizationStatisticsResolver, RegionStatisticsResolver],
})
export class StatisticsModule {}
