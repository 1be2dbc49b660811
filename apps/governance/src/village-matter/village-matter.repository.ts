import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RegionScopedRepository } from '@grassroots/persistence';
import { VillageMatter } from './village-matter.entity';

@Injectable()
export class VillageMatterRepository extends RegionScopedRepository<VillageMatter> {
  constructor(em: EntityManager) {
    super(em, VillageMatter, 'Village matter');
  }
}
