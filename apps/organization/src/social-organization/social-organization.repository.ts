import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { WritableRegionRepository } from '../grid/writable-region.repository';
import { SocialActivityReport, SocialOrganization, SocialOrganizationFilingTransition } from './social-organization.entity';

@Injectable()
export class SocialOrganizationRepository extends WritableRegionRepository<SocialOrganization> {
  constructor(em: EntityManager) {
    super(em, SocialOrganization, 'Social organization');
  }
}

@Injectable()
export class FilingTransitionRepository extends WritableRegionRepository<SocialOrganizationFilingTransition> {
  constructor(em: EntityManager) {
    super(em, SocialOrganizationFilingTransition, 'Filing transition');
  }
}

@Injectable()
export class SocialActivityReportRepository extends WritableRegionRepository<SocialActivityReport> {
  constructor(em: EntityManager) {
    super(em, SocialActivityReport, 'Activity report');
  }
}
