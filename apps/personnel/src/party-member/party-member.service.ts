import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { memberJoined } from '@grassroots/contracts';
import { DomainError, isUuid, parseId, parseRegionCode, regionLevelOf, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { EventOutbox, requireRole } from '@grassroots/subgraph';
import { PartyMember } from './party-member.entity';
import { PartyMemberRepository } from './party-member.repository';

export type RegisterPartyMember = { name: string; regionCode: string; branchId?: string | null; inVillage?: boolean; joinedAt: string };

@Injectable()
export class PartyMemberService {
  constructor(
    private readonly members: PartyMemberRepository,
    private readonly outbox: EventOutbox,
    private readonly em: EntityManager,
  ) {}

  get(caller: Caller, id: string): Promise<PartyMember> {
    return this.members.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  getMany(caller: Caller, ids: readonly string[]): Promise<PartyMember[]> {
    return this.members.find(caller.scope, { id: { $in: ids.filter(isUuid) } });
  }

  list(caller: Caller, within: string | null | undefined, page: PageRequest): Promise<Page<PartyMember>> {
    const scope = within ? caller.scope.narrowTo(within) : caller.scope;
    return this.members.page(scope, {}, page, { regionCode: 'asc', id: 'asc' });
  }

  /** Registers a member and publishes `member joined` in the same transaction. */
  async register(caller: Caller, input: RegisterPartyMember, today = shanghaiDate()): Promise<PartyMember> {
    requireRole(caller, 'Registering a party member', 'organization-dept', 'township-officer');
    const name = input.name.trim();
    if (name.length < 1 || name.length > 50) {
      throw new DomainError('BAD_USER_INPUT', 'name must be 1 to 50 characters', { field: 'name' });
    }
    const regionCode = parseRegionCode(input.regionCode);
    if (regionLevelOf(regionCode) !== 'VILLAGE') {
      throw new DomainError('BAD_USER_INPUT', `regionCode ${regionCode} is not a village: members belong to a 12-digit village code`, {
        field: 'regionCode',
      });
    }
    if (input.joinedAt > today) {
      throw new DomainError('BAD_USER_INPUT', `joinedAt ${input.joinedAt} is in the future`, { field: 'joinedAt' });
    }
    const branchId = input.branchId ? parseId(input.branchId, 'branchId') : null;
    const member = this.members.add(caller.scope, new PartyMember(name, regionCode, branchId, input.joinedAt));
    member.inVillage = input.inVillage ?? true;
    this.outbox.stage(
      this.em,
      memberJoined.create(regionCode, {
        memberId: member.id,
        name: member.name,
        regionCode,
        branchId,
        inVillage: member.inVillage,
        joinedAt: member.joinedAt,
      }),
    );
    await this.em.flush();
    return member;
  }
}
