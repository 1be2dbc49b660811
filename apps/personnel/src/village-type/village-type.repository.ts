import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RegionScopedRepository } from '@grassroots/persistence';
import { VillageTypePeriod } from './village-type-period.entity';

@Injectable()
export class VillageTypePeriodRepository extends RegionScopedRepository<VillageTypePeriod> {
  constructor(em: EntityManager) {
    super(em, VillageTypePeriod, 'Village type');
  }
}
