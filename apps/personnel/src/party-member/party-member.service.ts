import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller, mayReadSensitive } from '@grassroots/auth';
import { memberJoined } from '@grassroots/contracts';
import { DomainError, isUuid, parseId, parseRegionCode, type RegionScope, regionLevelOf, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { EventOutbox, requireRole } from '@grassroots/subgraph';
import { BranchDirectoryService } from '../branch-directory/branch-directory.service';
import { type Gender, parseIdNumber } from './id-number.util';
import { firstPagesOfIds, firstPagesOfRegions, underRegions } from '../shared/keyed-pages';
import { type Education, type MemberStatus } from './member-vocabulary';
import { PartyMember } from './party-member.entity';
import { PartyMemberRepository } from './party-member.repository';
import { type PersonalData, resolvePersonalData } from './personal-data.util';
import { SensitiveFieldService } from './sensitive-field.service';

export type RegisterPartyMember = {
  name: string;
  regionCode: string;
  branchId?: string | null;
  inVillage?: boolean;
  joinedAt: string;
  gender?: Gender | null;
  birthDate?: string | null;
  education?: Education | null;
  idNumber?: string | null;
  phone?: string | null;
};

/** A member about to be created: validated data, by registration or by the pipeline. */
export type NewMember = {
  name: string;
  regionCode: string;
  branchId: string | null;
  inVillage: boolean;
  joinedAt: string;
  status: MemberStatus;
  education: Education | null;
  personal: PersonalData;
};

export const MEMBER_WRITERS = ['organization-dept', 'township-officer'] as const;
const BRANCH_ORDER = { name: 'asc', id: 'asc' } as const;
const REGION_ORDER = { regionCode: 'asc', id: 'asc' } as const;

@Injectable()
export class PartyMemberService {
  constructor(
    private readonly members: PartyMemberRepository,
    private readonly sensitive: SensitiveFieldService,
    private readonly branches: BranchDirectoryService,
    private readonly outbox: EventOutbox,
    private readonly em: EntityManager,
  ) {}

  get(caller: Caller, id: string): Promise<PartyMember> {
    return this.members.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  /**
   * The member another record names (a cadre, a representative): NOT_FOUND unless recorded within
   * the caller's scope, BAD_USER_INPUT unless a current member of `villageCode`.
   */
  async currentMemberOf(caller: Caller, memberId: string, villageCode: string, field = 'memberId'): Promise<PartyMember> {
    const member = await this.members.findOneOrFail(caller.scope, { id: parseId(memberId, field) }, memberId);
    if (member.leftAt) {
      throw new DomainError('BAD_USER_INPUT', `${field} ${member.id}: the member left on ${member.leftAt}; name a current member or leave ${field} out`, { field });
    }
    if (member.regionCode !== villageCode) {
      throw new DomainError('BAD_USER_INPUT', `${field} ${member.id} is a member of village ${member.regionCode}, not ${villageCode}: transfer the member first`, {
        field,
      });
    }
    return member;
  }

  /**
   * The member a write is about, locked (SELECT … FOR UPDATE) until the transaction ends, so
   * concurrent changes of one member run one after the other, each seeing the last one's result.
   * NOT_FOUND when missing, FORBIDDEN when outside the caller's scope. Call inside `em.transactional`.
   */
  lockForWrite(caller: Caller, id: string, field = 'memberId'): Promise<PartyMember> {
    return this.members.lockWritableOrFail(caller.scope, { id: parseId(id, field) }, id);
  }

  getMany(caller: Caller, ids: readonly string[]): Promise<PartyMember[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.members.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  list(caller: Caller, within: string | null | undefined, includeLeft: boolean, page: PageRequest): Promise<Page<PartyMember>> {
    const scope = caller.scope.narrowTo(within);
    return this.members.page(scope, includeLeft ? {} : { leftAt: null }, page, REGION_ORDER);
  }

  /** One page of a branch's members (name order), for paging past the first page. */
  listOfBranch(caller: Caller, branchId: string, includeLeft: boolean, page: PageRequest): Promise<Page<PartyMember>> {
    const where = { branchId: parseId(branchId, 'branch id'), ...(includeLeft ? {} : { leftAt: null }) };
    return this.members.page(caller.scope, where, page, BRANCH_ORDER);
  }

  /** The first page of members of many branches in two SQL statements. */
  firstPagesOfBranches(caller: Caller, branchIds: readonly string[], includeLeft: boolean, first?: number | null): Promise<Page<PartyMember>[]> {
    const where = includeLeft ? {} : { leftAt: null };
    return firstPagesOfIds(this.members, caller.scope, branchIds, { property: 'branchId', column: 'branch_id', where, orderBy: BRANCH_ORDER, first });
  }

  /**
   * The first page of members under many regions: two SQL statements per code length. A region
   * above the caller's scope shows the scope's members; one beside it is FORBIDDEN.
   */
  firstPagesOfRegions(caller: Caller, codes: readonly string[], includeLeft: boolean, first?: number | null): Promise<(Page<PartyMember> | Error)[]> {
    return firstPagesOfRegions(caller.scope, codes, async (length, group) => {
      const { partition, where } = underRegions(length, group);
      return this.members.firstPages(caller.scope, { partition, where: { ...where, ...(includeLeft ? {} : { leftAt: null }) }, orderBy: REGION_ORDER, first });
    });
  }

  /** A sub-query of the ids of members who left, for filters in other tables (rows stay in SQL). */
  departedIdsQuery(scope: RegionScope) {
    return this.members.createQueryBuilder(scope, 'departed').select('departed.id').andWhere({ leftAt: { $ne: null } }).getKnexQuery();
  }

  /**
   * Exact lookup by ID number through its keyed hash; only for callers who may read personal
   * data. A lookup that finds someone is recorded (ID_LOOKUP) before the member is returned.
   */
  async findByIdNumber(caller: Caller, idNumber: string, today = shanghaiDate()): Promise<PartyMember> {
    if (!mayReadSensitive(caller)) {
      throw new DomainError('FORBIDDEN', 'Looking a member up by ID number needs the organization-dept or discipline role (and not analyst)');
    }
    const facts = parseIdNumber(idNumber, today);
    const [found] = await this.members.find(caller.scope, { idNumberHash: this.sensitive.idNumberHash(facts.idNumber) }, {
      orderBy: { leftAt: 'desc nulls first', joinedAt: 'desc' },
      limit: 1,
    });
    if (!found) throw new DomainError('NOT_FOUND', 'no party member with that ID number within your region scope', { field: 'idNumber' });
    await this.sensitive.recordIdLookup(caller, { subjectType: 'PARTY_MEMBER', subjectId: found.id, regionCode: found.regionCode });
    return found;
  }

  /** Registers an existing member and publishes `member joined` in the same transaction. */
  async register(caller: Caller, input: RegisterPartyMember, today = shanghaiDate()): Promise<PartyMember> {
    requireRole(caller, 'Registering a party member', ...MEMBER_WRITERS);
    const name = parseName(input.name);
    const regionCode = parseVillageCode(input.regionCode);
    if (input.joinedAt > today) {
      throw new DomainError('BAD_USER_INPUT', `joinedAt ${input.joinedAt} is in the future`, { field: 'joinedAt' });
    }
    const branchId = input.branchId ? parseId(input.branchId, 'branchId') : null;
    const personal = resolvePersonalData(input, today);
    if (personal.birthDate && input.joinedAt < personal.birthDate) {
      throw new DomainError('BAD_USER_INPUT', `joinedAt ${input.joinedAt} is before the birth date ${personal.birthDate}`, { field: 'joinedAt' });
    }
    caller.scope.assertCovers(regionCode, 'village');
    if (branchId) await this.branches.assertBranchOfVillage(branchId, regionCode);
    const member = await this.stageNewMember(caller, {
      name,
      regionCode,
      branchId,
      inVillage: input.inVillage ?? true,
      joinedAt: input.joinedAt,
      status: 'FULL',
      education: input.education ?? null,
      personal,
    });
    await this.flushUnlessDuplicate();
    return member;
  }

  /** Whether a current member within the caller's scope has this (canonical) ID number. */
  async isCurrentMember(caller: Caller, idNumber: string): Promise<boolean> {
    return (await this.members.count(caller.scope, { idNumberHash: this.sensitive.idNumberHash(idNumber), leftAt: null })) > 0;
  }

  /**
   * Stages a new member and its `member joined` event without flushing (the caller's unit of
   * work flushes once). CONFLICT when a current member in scope has the same ID number.
   */
  async stageNewMember(caller: Caller, data: NewMember): Promise<PartyMember> {
    const hash = data.personal.idNumber ? this.sensitive.idNumberHash(data.personal.idNumber) : null;
    if (hash && (await this.members.count(caller.scope, { idNumberHash: hash, leftAt: null }))) throw duplicateIdNumber();
    const member = new PartyMember(data.name, data.regionCode, data.branchId, data.joinedAt);
    Object.assign(member, {
      inVillage: data.inVillage,
      status: data.status,
      gender: data.personal.gender,
      birthDate: data.personal.birthDate,
      education: data.education,
      idNumberSealed: data.personal.idNumber ? this.sensitive.seal('ID_NUMBER', data.personal.idNumber) : null,
      idNumberHash: hash,
      phoneSealed: data.personal.phone ? this.sensitive.seal('PHONE', data.personal.phone) : null,
    });
    this.members.add(caller.scope, member);
    this.outbox.stage(
      this.em,
      memberJoined.create(data.regionCode, {
        memberId: member.id,
        name: member.name,
        regionCode: data.regionCode,
        branchId: data.branchId,
        inVillage: member.inVillage,
        joinedAt: member.joinedAt,
      }),
    );
    return member;
  }

  /** Sponsors 入党介绍人 must be current full members in good standing within the caller's scope. */
  async requireFullMembers(caller: Caller, ids: readonly string[], field = 'sponsorIds'): Promise<string[]> {
    const parsed = ids.map((id) => parseId(id, field));
    const found = parsed.length ? await this.members.find(caller.scope, { id: { $in: parsed }, status: 'FULL', leftAt: null, suspendedSince: null }) : [];
    const missing = parsed.filter((id) => !found.some((member) => member.id === id));
    if (missing.length) {
      throw new DomainError('BAD_USER_INPUT', `${field}: ${missing.join(', ')} is not a current full party member in good standing within your scope`, { field });
    }
    return parsed;
  }

  /** Flushes the unit of work; the database's unique index is the last word on duplicates. */
  async flushUnlessDuplicate(): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException && /party_member_current_id_number_unique/.test(error.message)) throw duplicateIdNumber();
      throw error;
    }
  }
}

function duplicateIdNumber(): DomainError {
  return new DomainError('CONFLICT', 'a current party member with this ID number is already registered: transfer that member instead', {
    field: 'idNumber',
  });
}

export function parseName(input: string, field = 'name'): string {
  const name = (input ?? '').trim();
  if (name.length < 1 || name.length > 50) throw new DomainError('BAD_USER_INPUT', `${field} must be 1 to 50 characters`, { field });
  return name;
}

export function parseVillageCode(input: string, field = 'regionCode'): string {
  const regionCode = parseRegionCode(input, field);
  if (regionLevelOf(regionCode) !== 'VILLAGE') {
    throw new DomainError('BAD_USER_INPUT', `${field} ${regionCode} is not a village: members belong to a 12-digit village code`, { field });
  }
  return regionCode;
}
