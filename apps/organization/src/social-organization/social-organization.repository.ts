import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RegionScopedRepository } from '@grassroots/persistence';
import { SocialActivityReport, SocialOrganization, SocialOrganizationFilingTransition } from './social-organization.entity';

@Injectable()
export class SocialOrganizationRepository extends RegionScopedRepository<SocialOrganization> {
  constructor(em: EntityManager) {
    super(em, SocialOrganization, 'Social organization');
  }
}

@Injectable()
export class FilingTransitionRepository extends RegionScopedRepository<SocialOrganizationFilingTransition> {
  constructor(em: EntityManager) {
    super(em, SocialOrganizationFilingTransition, 'Filing transition');
  }
}

@Injectable()
export class SocialActivityReportRepository extends RegionScopedRepository<SocialActivityReport> {
  constructor(em: EntityManager) {
    super(em, SocialActivityReport, 'Activity report');
  }
}
