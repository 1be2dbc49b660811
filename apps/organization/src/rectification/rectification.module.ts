import { Module } from '@nestjs/common';
import { RegionModule } from '../region/region.module';
import { CaseTransitionRepository } from './case-transition.repository';
import { RegionWeakOrganizationResolver } from './region-weak-organization.resolver';
import { RectificationItemRepository } from './rectification-item.repository';
import { RectificationPlanRepository } from './rectification-plan.repository';
import { RectificationPlanResolver } from './rectification-plan.resolver';
import { RectificationPlanService } from './rectification-plan.service';
import { RectificationProgressReportRepository } from './rectification-progress-report.repository';
import { OverdueVillageResolver, RectificationProgressResolver } from './rectification-progress.resolver';
import { RectificationProgressService } from './rectification-progress.service';
import { WeakOrganizationCaseRepository } from './weak-organization-case.repository';
import { WeakOrganizationCaseResolver } from './weak-organization-case.resolver';
import { WeakOrganizationCaseService } from './weak-organization-case.service';

/** Weak-organization rectification 软弱涣散村党组织整顿 (DOMAIN §1). */
@Module({
  imports: [RegionModule],
  providers: [
    WeakOrganizationCaseRepository,
    RectificationPlanRepository,
    RectificationItemRepository,
    RectificationProgressReportRepository,
    CaseTransitionRepository,
    WeakOrganizationCaseService,
    RectificationPlanService,
    RectificationProgressService,
    WeakOrganizationCaseResolver,
    RectificationPlanResolver,
    RectificationProgressResolver,
    OverdueVillageResolver,
    RegionWeakOrganizationResolver,
  ],
  exports: [WeakOrganizationCaseService],
})
export class RectificationModule {}
