import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { memberLeft, memberTransferred } from '@grassroots/contracts';
import { DomainError, isUuid, optionalText, parseId, requiredText, shanghaiDate } from '@grassroots/kernel';
import { conflictOnDuplicate, type Page, type PageRequest } from '@grassroots/persistence';
import { EventOutbox, requireRole } from '@grassroots/subgraph';
import { BranchDirectoryService } from '../branch-directory/branch-directory.service';
import { AnnualRecord } from './annual-record.entity';
import { MemberDeparture } from './member-departure.entity';
import { MemberDisposition } from './member-disposition.entity';
import { checkAnnualRecordYear, checkDeparture, checkDisposition, checkTransfer, type MemberStanding } from './member-history.util';
import { AnnualRecordRepository, MemberDepartureRepository, MemberDispositionRepository, MemberTransferRepository } from './member-history.repository';
import { MemberTransfer } from './member-transfer.entity';
import { MemberTransferFollowers } from './member-transfer.followers';
import { type AnnualRating, type DepartureReason, type DispositionKind } from './member-vocabulary';
import { type PartyMember } from './party-member.entity';
import { MEMBER_WRITERS, parseVillageCode, PartyMemberService } from './party-member.service';
import { type KeyedPageRepository } from '../shared/keyed-page.repository';
import { firstPagesOfIds } from '../shared/keyed-pages';

export type TransferPartyMember = { memberId: string; toRegionCode: string; toBranchId?: string | null; inVillage?: boolean | null; transferredAt: string; note?: string | null };
export type RecordDeparture = { memberId: string; reason: DepartureReason; leftAt: string; note?: string | null };
export type RecordDisposition = { memberId: string; kind: DispositionKind; reason: string; decidedAt: string };
export type RecordAnnual = { memberId: string; year: number; rating?: AnnualRating | null; summary: string };

export type MemberHistoryKind = 'transfers' | 'dispositions' | 'annualRecords';

const standingOf = (member: PartyMember): MemberStanding => ({
  status: member.status,
  joinedAt: member.joinedAt,
  branchSince: member.branchSince ?? member.joinedAt,
  suspendedSince: member.suspendedSince,
  leftAt: member.leftAt,
});

const departedMeanwhile = () => 'the member’s departure was recorded at the same time by someone else: reload the member';

/**
 * Transfers, departures, dispositions and annual records: each change a row of its own. Every
 * change locks the member row in its transaction, so concurrent changes of one member run one
 * after the other and each checks its rules against the last one's result.
 */
@Injectable()
export class MemberHistoryService {
  constructor(
    private readonly members: PartyMemberService,
    private readonly transfers: MemberTransferRepository,
    private readonly departures: MemberDepartureRepository,
    private readonly dispositions: MemberDispositionRepository,
    private readonly annualRecords: AnnualRecordRepository,
    private readonly followers: MemberTransferFollowers,
    private readonly branches: BranchDirectoryService,
    private readonly outbox: EventOutbox,
    private readonly em: EntityManager,
  ) {}

  /** Moves a member to another branch or village; the caller must cover both ends. */
  async transfer(caller: Caller, input: TransferPartyMember, today = shanghaiDate()): Promise<PartyMember> {
    requireRole(caller, 'Transferring a party member', ...MEMBER_WRITERS);
    const toRegionCode = parseVillageCode(input.toRegionCode, 'toRegionCode');
    const toBranchId = input.toBranchId ? parseId(input.toBranchId, 'toBranchId') : null;
    const note = optionalText(input.note, 'note', 500);
    caller.scope.assertCovers(toRegionCode, 'destination village');
    if (toBranchId) await this.branches.assertBranchOfVillage(toBranchId, toRegionCode, 'toBranchId');
    return this.em.transactional(async () => {
      // The origin is read under the lock: a concurrent transfer committed first is this one's origin.
      const member = await this.members.lockForWrite(caller, input.memberId);
      const from = { regionCode: member.regionCode, branchId: member.branchId, inVillage: member.inVillage };
      const to = { regionCode: toRegionCode, branchId: toBranchId, inVillage: input.inVillage ?? member.inVillage };
      checkTransfer(standingOf(member), from, to, input.transferredAt, today);

      this.transfers.add(caller.scope, new MemberTransfer(member, to, input.transferredAt, note, caller.subject));
      const movesBranch = from.regionCode !== to.regionCode || from.branchId !== to.branchId;
      // A change of residence alone keeps the date the member entered the branch.
      Object.assign(member, { regionCode: to.regionCode, branchId: to.branchId, inVillage: to.inVillage, ...(movesBranch ? { branchSince: input.transferredAt } : {}) });
      await this.followers.moved({ caller, member, from, to, transferredAt: input.transferredAt });
      this.outbox.stage(
        this.em,
        memberTransferred.create(to.regionCode, {
          memberId: member.id,
          regionCode: to.regionCode,
          fromRegionCode: from.regionCode,
          fromBranchId: from.branchId,
          toBranchId: to.branchId,
          fromInVillage: from.inVillage,
          inVillage: to.inVillage,
          transferredAt: input.transferredAt,
        }),
      );
      return member;
    });
  }

  /** Records that a member left (转出, 去世, 退党 ...) and publishes `member left`. */
  async recordDeparture(caller: Caller, input: RecordDeparture, today = shanghaiDate()): Promise<PartyMember> {
    requireRole(caller, 'Recording a member leaving', ...MEMBER_WRITERS);
    const note = optionalText(input.note, 'note', 500);
    return conflictOnDuplicate(
      () =>
        this.em.transactional(async () => {
          const member = await this.members.lockForWrite(caller, input.memberId);
          checkDeparture(standingOf(member), input.reason, input.leftAt, today);
          this.stageDeparture(caller, member, input.reason, input.leftAt, note);
          return member;
        }),
      departedMeanwhile,
    );
  }

  /** Suspension 停止党籍, restoration 恢复党籍 or removal 除名 (which also records the departure). */
  async recordDisposition(caller: Caller, input: RecordDisposition, today = shanghaiDate()): Promise<PartyMember> {
    requireRole(caller, 'Recording an organizational disposition', 'organization-dept');
    const reason = requiredText(input.reason, 'reason', 500);
    return conflictOnDuplicate(
      () =>
        this.em.transactional(async () => {
          const member = await this.members.lockForWrite(caller, input.memberId);
          checkDisposition(standingOf(member), input.kind, input.decidedAt, today);
          this.dispositions.add(caller.scope, new MemberDisposition(member, input.kind, reason, input.decidedAt, caller.subject));
          if (input.kind === 'SUSPENSION') member.suspendedSince = input.decidedAt;
          if (input.kind === 'RESTORATION') member.suspendedSince = null;
          if (input.kind === 'REMOVAL') this.stageDeparture(caller, member, 'REMOVED', input.decidedAt, reason);
          return member;
        }),
      departedMeanwhile,
    );
  }

  /** The annual record 年度纪实 of a member for one year; CONFLICT if that year is recorded. */
  async recordAnnual(caller: Caller, input: RecordAnnual, today = shanghaiDate()): Promise<AnnualRecord> {
    requireRole(caller, 'Recording an annual record', ...MEMBER_WRITERS);
    const summary = requiredText(input.summary, 'summary', 2000);
    const exists = () => `the annual record of ${input.year} for this member exists already`;
    return conflictOnDuplicate(
      () =>
        this.em.transactional(async () => {
          const member = await this.members.lockForWrite(caller, input.memberId);
          checkAnnualRecordYear(standingOf(member), input.year, today);
          // A record of that year kept in a village now outside the scope (before a transfer) is caught by the unique index.
          if (await this.annualRecords.count(caller.scope, { member, year: input.year })) {
            throw new DomainError('CONFLICT', exists(), { field: 'year' });
          }
          return this.annualRecords.add(caller.scope, new AnnualRecord(member, input.year, input.rating ?? null, summary, caller.subject));
        }),
      exists,
    );
  }

  departureOf(caller: Caller, memberIds: readonly string[]): Promise<MemberDeparture[]> {
    const valid = memberIds.filter(isUuid);
    return valid.length ? this.departures.find(caller.scope, { member: { $in: valid } }) : Promise.resolve([]);
  }

  /** First pages of one history list for many members (batched), or a later page of one. */
  firstPages(caller: Caller, kind: MemberHistoryKind, memberIds: readonly string[], first?: number | null): Promise<Page<HistoryRow>[]> {
    const { repository, orderBy } = this.historyOf(kind);
    return firstPagesOfIds(repository, caller.scope, memberIds, { property: 'member', column: 'member_id', orderBy, first });
  }

  page(caller: Caller, kind: MemberHistoryKind, memberId: string, page: PageRequest): Promise<Page<HistoryRow>> {
    const { repository, orderBy } = this.historyOf(kind);
    return repository.page(caller.scope, { member: parseId(memberId) }, page, orderBy);
  }

  private historyOf(kind: MemberHistoryKind): { repository: KeyedPageRepository<HistoryRow>; orderBy: Record<string, 'asc' | 'desc'> } {
    switch (kind) {
      case 'transfers':
        return { repository: this.transfers as KeyedPageRepository<HistoryRow>, orderBy: { transferredAt: 'asc', id: 'asc' } };
      case 'dispositions':
        return { repository: this.dispositions as KeyedPageRepository<HistoryRow>, orderBy: { decidedAt: 'asc', id: 'asc' } };
      case 'annualRecords':
        return { repository: this.annualRecords as KeyedPageRepository<HistoryRow>, orderBy: { year: 'asc', id: 'asc' } };
    }
  }

  private stageDeparture(caller: Caller, member: PartyMember, reason: DepartureReason, leftAt: string, note: string | null): void {
    this.departures.add(caller.scope, new MemberDeparture(member, reason, leftAt, note, caller.subject));
    Object.assign(member, { leftAt, leftReason: reason });
    this.outbox.stage(
      this.em,
      memberLeft.create(member.regionCode, {
        memberId: member.id,
        regionCode: member.regionCode,
        branchId: member.branchId,
        inVillage: member.inVillage,
        leftAt,
        reason,
      }),
    );
  }
}

export type HistoryRow = MemberTransfer | MemberDisposition | AnnualRecord;
