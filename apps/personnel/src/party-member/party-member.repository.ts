import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { KeyedPageRepository } from '../shared/keyed-page.repository';
import { PartyMember } from './party-member.entity';

@Injectable()
export class PartyMemberRepository extends KeyedPageRepository<PartyMember> {
  constructor(em: EntityManager) {
    super(em, PartyMember, 'Party member');
  }
}
