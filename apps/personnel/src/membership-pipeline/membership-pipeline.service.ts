import { EntityManager, type FilterQuery, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { pipelineStageChanged } from '@grassroots/contracts';
import { DomainError, isUuid, parseId, type RegionScope, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { EventOutbox, requireRole } from '@grassroots/subgraph';
import { BranchDirectoryService } from '../branch-directory/branch-directory.service';
import { type Gender } from '../party-member/id-number.util';
import { firstPagesOfIds } from '../shared/keyed-pages';
import { type MemberMove, MemberTransferFollowers } from '../party-member/member-transfer.followers';
import { type PartyMember } from '../party-member/party-member.entity';
import { MEMBER_WRITERS, parseName, parseVillageCode, PartyMemberService } from '../party-member/party-member.service';
import { resolvePersonalData } from '../party-member/personal-data.util';
import { SensitiveFieldService } from '../party-member/sensitive-field.service';
import { PipelinePersonRepository, PipelineStageRecordRepository } from './membership-pipeline.repository';
import { PipelinePerson } from './pipeline-person.entity';
import { PipelineStageRecord } from './pipeline-stage-record.entity';
import { type BranchVote, checkApplicantAge, checkPipelineStep, type PipelineStage, pipelineDueDate } from './pipeline-stage.util';

export type ApplyForMembership = {
  name: string;
  idNumber: string;
  gender?: Gender | null;
  birthDate?: string | null;
  regionCode: string;
  branchId: string;
  inVillage?: boolean | null;
  appliedAt: string;
  note?: string | null;
};

export type AdvancePipeline = {
  personId: string;
  toStage: PipelineStage;
  date: string;
  sponsorIds?: string[] | null;
  vote?: BranchVote | null;
  note?: string | null;
};

/** Which of a branch's pipeline to list: one stage (default every stage before FULL), and only the overdue. */
export type BranchPipelineFilter = { stage?: PipelineStage | null; overdueOnly?: boolean };

const PERSON_ORDER = { name: 'asc', id: 'asc' } as const;
const STAGE_ORDER = { ordinal: 'asc', id: 'asc' } as const;
// Sponsors carry over from CANDIDATE; contacts of an activist are not sponsors.
const INHERITS_SPONSORS: ReadonlySet<PipelineStage> = new Set(['PROBATIONARY', 'FULL']);

function note(input: string | null | undefined): string | null {
  const text = (input ?? '').trim();
  if (text.length > 500) throw new DomainError('BAD_USER_INPUT', 'note must be at most 500 characters', { field: 'note' });
  return text || null;
}

/** The membership pipeline 发展党员: entering it, each step, and the lists per branch and region. */
@Injectable()
export class MembershipPipelineService implements OnModuleInit {
  constructor(
    private readonly people: PipelinePersonRepository,
    private readonly stages: PipelineStageRecordRepository,
    private readonly members: PartyMemberService,
    private readonly sensitive: SensitiveFieldService,
    private readonly transferFollowers: MemberTransferFollowers,
    private readonly branches: BranchDirectoryService,
    private readonly outbox: EventOutbox,
    private readonly em: EntityManager,
  ) {}

  // A probationary member's open record moves with the member, so the new branch holds the full-membership vote.
  onModuleInit(): void {
    this.transferFollowers.follow((move) => this.followTransfer(move));
  }

  get(caller: Caller, id: string): Promise<PipelinePerson> {
    return this.people.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  getMany(caller: Caller, ids: readonly string[]): Promise<PipelinePerson[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.people.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** People at `stage` (default: every stage before FULL) under `within`, by name. */
  list(caller: Caller, within: string | null | undefined, stage: PipelineStage | null | undefined, page: PageRequest): Promise<Page<PipelinePerson>> {
    const scope = caller.scope.narrowTo(within);
    return this.people.page(scope, this.stageFilter(stage), page, PERSON_ORDER);
  }

  /** Probationary members past their year without a full-membership vote, most overdue first. */
  overdue(caller: Caller, within: string | null | undefined, page: PageRequest, today = shanghaiDate()): Promise<Page<PipelinePerson>> {
    const scope = caller.scope.narrowTo(within);
    return this.people.page(scope, this.overdueWhere(scope, today), page, { dueAt: 'asc', id: 'asc' });
  }

  /** Past the probation deadline and still a current member (one who left is nobody's backlog). */
  async overdueOf(caller: Caller, people: readonly PipelinePerson[], today = shanghaiDate()): Promise<boolean[]> {
    const late = people.filter((person) => person.dueAt !== null && person.dueAt < today && person.memberId);
    const current = await this.members.getMany(caller, late.map((person) => person.memberId!));
    return people.map((person) => late.includes(person) && current.some((member) => member.id === person.memberId && !member.leftAt));
  }

  listOfBranch(caller: Caller, branchId: string, filter: BranchPipelineFilter, page: PageRequest, today = shanghaiDate()): Promise<Page<PipelinePerson>> {
    return this.people.page(caller.scope, this.branchWhere(caller.scope, parseId(branchId, 'branch id'), filter, today), page, PERSON_ORDER);
  }

  /** The first page of the pipeline of many branches in two SQL statements (overdue or not). */
  firstPagesOfBranches(caller: Caller, branchIds: readonly string[], filter: BranchPipelineFilter, first?: number | null, today = shanghaiDate()) {
    const where = this.pipelineFilter(caller.scope, filter, today);
    return firstPagesOfIds(this.people, caller.scope, branchIds, { property: 'branchId', column: 'branch_id', where, orderBy: PERSON_ORDER, first });
  }

  firstPagesOfSteps(caller: Caller, personIds: readonly string[], first?: number | null): Promise<Page<PipelineStageRecord>[]> {
    return firstPagesOfIds(this.stages, caller.scope, personIds, { property: 'person', column: 'person_id', orderBy: STAGE_ORDER, first });
  }

  steps(caller: Caller, personId: string, page: PageRequest): Promise<Page<PipelineStageRecord>> {
    return this.stages.page(caller.scope, { person: parseId(personId) }, page, STAGE_ORDER);
  }

  /** Enters a person as an applicant 入党申请人 (18 or older, a valid ID number). */
  async apply(caller: Caller, input: ApplyForMembership, today = shanghaiDate()): Promise<PipelinePerson> {
    requireRole(caller, 'Entering an applicant into the membership pipeline', ...MEMBER_WRITERS);
    const name = parseName(input.name);
    const regionCode = parseVillageCode(input.regionCode);
    const branchId = parseId(input.branchId, 'branchId');
    if (input.appliedAt > today) throw new DomainError('BAD_USER_INPUT', `appliedAt ${input.appliedAt} is in the future`, { field: 'appliedAt' });
    const personal = resolvePersonalData({ idNumber: input.idNumber, gender: input.gender, birthDate: input.birthDate }, today);
    checkApplicantAge(personal.birthDate!, input.appliedAt);
    const remark = note(input.note);
    caller.scope.assertCovers(regionCode, 'village');
    await this.branches.assertBranchOfVillage(branchId, regionCode);

    const idNumberHash = this.sensitive.idNumberHash(personal.idNumber!);
    if (await this.people.count(caller.scope, { idNumberHash, stage: { $ne: 'FULL' } })) {
      throw new DomainError('CONFLICT', 'a person with this ID number is already in the membership pipeline', { field: 'idNumber' });
    }
    if (await this.members.isCurrentMember(caller, personal.idNumber!)) {
      throw new DomainError('CONFLICT', 'a person with this ID number is already a party member', { field: 'idNumber' });
    }
    const person = new PipelinePerson(
      name,
      { gender: personal.gender!, birthDate: personal.birthDate!, idNumberSealed: this.sensitive.seal('ID_NUMBER', personal.idNumber!), idNumberHash },
      regionCode,
      branchId,
      input.appliedAt,
    );
    person.inVillage = input.inVillage ?? true;
    this.people.add(caller.scope, person);
    this.stages.add(caller.scope, new PipelineStageRecord(person, { from: null, to: 'APPLICANT', on: input.appliedAt, sponsorIds: [], vote: null, note: remark }, caller.subject));
    this.stageEvent(person, null);
    await this.flush();
    return person;
  }

  /**
   * One step along the pipeline. PROBATIONARY creates the party member (status PROBATIONARY,
   * joined on the vote's date: publishes member joined); FULL makes that member a full member.
   */
  async advance(caller: Caller, input: AdvancePipeline, today = shanghaiDate()): Promise<PipelinePerson> {
    requireRole(caller, 'Advancing the membership pipeline', ...MEMBER_WRITERS);
    const remark = note(input.note);
    const personId = parseId(input.personId, 'personId');
    return this.em.transactional(async () => {
      // Locks in a transfer's order (member, then person): a concurrent step or transfer waits, then sees this one.
      const seen = await this.people.findWritableOrFail(caller.scope, { id: personId }, input.personId);
      const locked = seen.memberId ? await this.members.lockForWrite(caller, seen.memberId, 'personId') : null;
      const person = await this.people.lockWritableOrFail(caller.scope, { id: personId }, input.personId);
      const current = [person.firstSponsorId, person.secondSponsorId].filter((id): id is string => Boolean(id));
      const inherited = !input.sponsorIds && INHERITS_SPONSORS.has(input.toStage);
      const sponsorIds = input.sponsorIds ?? (inherited ? current : []);
      const step = { to: input.toStage, on: input.date, sponsorIds, vote: input.vote ?? null };
      checkPipelineStep({ stage: person.stage, enteredAt: person.stageEnteredAt }, step, today);
      // Sponsors carried into the full-membership vote were checked at admission; a transfer may since have
      // taken the member out of their region, so only sponsors named now are checked (within the caller's scope).
      const sponsors = inherited && step.to === 'FULL' ? sponsorIds : await this.members.requireFullMembers(caller, sponsorIds);

      const from = person.stage;
      this.stages.add(caller.scope, new PipelineStageRecord(person, { from, ...step, sponsorIds: sponsors, note: remark }, caller.subject));
      Object.assign(person, { stage: step.to, stageEnteredAt: step.on, firstSponsorId: sponsors[0] ?? null, secondSponsorId: sponsors[1] ?? null });
      person.dueAt = pipelineDueDate({ stage: step.to, enteredAt: step.on });
      if (step.to === 'PROBATIONARY') await this.admit(caller, person, step.on);
      if (step.to === 'FULL') await this.confirm(caller, person, locked);
      this.stageEvent(person, from);
      await this.flush();
      return person;
    });
  }

  private async admit(caller: Caller, person: PipelinePerson, joinedAt: string): Promise<void> {
    const member = await this.members.stageNewMember(caller, {
      name: person.name,
      regionCode: person.regionCode,
      branchId: person.branchId,
      inVillage: person.inVillage,
      joinedAt,
      status: 'PROBATIONARY',
      education: null,
      personal: { idNumber: this.sensitive.openForCopy('ID_NUMBER', person.idNumberSealed), birthDate: person.birthDate, gender: person.gender, phone: null },
    });
    person.memberId = member.id;
  }

  private async confirm(caller: Caller, person: PipelinePerson, locked: PartyMember | null): Promise<void> {
    if (!person.memberId) throw new DomainError('CONFLICT', 'the probationary member record is missing', { field: 'personId' });
    const member = locked ?? (await this.members.lockForWrite(caller, person.memberId, 'personId'));
    if (member.leftAt) {
      throw new DomainError('CONFLICT', `the probationary member left on ${member.leftAt} (${member.leftReason}): there is nobody to confirm`, { field: 'personId' });
    }
    member.status = 'FULL';
  }

  /** Inside a member's transfer (its row locked): the open record follows to the new village and branch. */
  private async followTransfer({ caller, member, to }: MemberMove): Promise<void> {
    const person = await this.people.lockOpenRecordOf(caller.scope, member.id);
    if (!person) return;
    if (!to.branchId) {
      throw new DomainError('BAD_USER_INPUT', 'the member is probationary in the membership pipeline: give toBranchId, the branch that will hold the full-membership vote', {
        field: 'toBranchId',
      });
    }
    Object.assign(person, { regionCode: to.regionCode, branchId: to.branchId, inVillage: to.inVillage });
    this.people.add(caller.scope, person);
  }

  private stageEvent(person: PipelinePerson, from: PipelineStage | null): void {
    this.outbox.stage(
      this.em,
      pipelineStageChanged.create(person.regionCode, {
        personId: person.id,
        regionCode: person.regionCode,
        branchId: person.branchId,
        fromStage: from,
        toStage: person.stage,
        changedAt: person.stageEnteredAt,
      }),
    );
  }

  private stageFilter(stage: PipelineStage | null | undefined) {
    return stage ? { stage } : { stage: { $ne: 'FULL' as PipelineStage } };
  }

  private branchWhere(scope: RegionScope, branchId: string, filter: BranchPipelineFilter, today: string): FilterQuery<PipelinePerson> {
    return { branchId, ...this.pipelineFilter(scope, filter, today) } as FilterQuery<PipelinePerson>;
  }

  private pipelineFilter(scope: RegionScope, filter: BranchPipelineFilter, today: string) {
    return { ...this.stageFilter(filter.stage), ...(filter.overdueOnly ? this.overdueWhere(scope, today) : {}) } as FilterQuery<PipelinePerson> & object;
  }

  // Past the probation deadline and still a current member: a sub-query, so lists stay one statement.
  private overdueWhere(scope: RegionScope, today: string) {
    return { dueAt: { $lt: today }, memberId: { $nin: this.members.departedIdsQuery(scope) as never } };
  }

  private async flush(): Promise<void> {
    try {
      await this.members.flushUnlessDuplicate();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new DomainError('CONFLICT', 'this step was recorded at the same time by someone else, or the person is already in the pipeline: reload and retry', {});
      }
      throw error;
    }
  }
}
