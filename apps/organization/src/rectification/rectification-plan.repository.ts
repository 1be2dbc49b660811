import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RegionScopedRepository } from '@grassroots/persistence';
import { RectificationPlan } from './rectification-plan.entity';

@Injectable()
export class RectificationPlanRepository extends RegionScopedRepository<RectificationPlan> {
  constructor(em: EntityManager) {
    super(em, RectificationPlan, 'Rectification plan');
  }
}
