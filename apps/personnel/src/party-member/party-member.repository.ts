import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RegionScopedRepository } from '@grassroots/persistence';
import { PartyMember } from './party-member.entity';

@Injectable()
export class PartyMemberRepository extends RegionScopedRepository<PartyMember> {
  constructor(em: EntityManager) {
    super(em, PartyMember, 'Party member');
  }
}
