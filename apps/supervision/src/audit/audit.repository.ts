import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RegionScopedRepository } from '@grassroots/persistence';
import { Audit } from './audit.entity';

@Injectable()
export class AuditRepository extends RegionScopedRepository<Audit> {
  constructor(em: EntityManager) {
    super(em, Audit, 'Audit');
  }
}
