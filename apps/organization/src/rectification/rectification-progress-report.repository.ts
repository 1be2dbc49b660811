import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RegionScopedRepository } from '@grassroots/persistence';
import { RectificationProgressReport } from './rectification-progress-report.entity';

@Injectable()
export class RectificationProgressReportRepository extends RegionScopedRepository<RectificationProgressReport> {
  constructor(em: EntityManager) {
    super(em, RectificationProgressReport, 'Progress report');
  }
}
