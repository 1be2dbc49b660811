import { Module } from '@nestjs/common';
import { RegionModule } from '../region/region.module';
import { RegionSocialOrganizationsResolver } from './region-social-organizations.resolver';
import { SocialActivityResolver } from './social-activity.resolver';
import { SocialActivityService } from './social-activity.service';
import { FilingTransitionRepository, SocialActivityReportRepository, SocialOrganizationRepository } from './social-organization.repository';
import { SocialOrganizationResolver } from './social-organization.resolver';
import { SocialOrganizationService } from './social-organization.service';

@Module({
  imports: [RegionModule],
  providers: [
    SocialOrganizationRepository,
    FilingTransitionRepository,
    SocialActivityReportRepository,
    SocialOrganizationService,
    SocialActivityService,
    SocialOrganizationResolver,
    SocialActivityResolver,
    RegionSocialOrganizationsResolver,
  ],
  exports: [SocialOrganizationService],
})
export class SocialOrganizationModule {}
