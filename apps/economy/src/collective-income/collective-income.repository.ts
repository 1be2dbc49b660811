import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RegionScopedRepository } from '@grassroots/persistence';
import { CollectiveIncome } from './collective-income.entity';

@Injectable()
export class CollectiveIncomeRepository extends RegionScopedRepository<CollectiveIncome> {
  constructor(em: EntityManager) {
    super(em, CollectiveIncome, 'Collective income');
  }
}
