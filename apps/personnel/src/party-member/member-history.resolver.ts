import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { type Page } from '@grassroots/persistence';
import { byKeys, CurrentCaller, loaderFor, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { masksPersonalData } from '../shared/personal-data';
import { type AnnualRecord } from './annual-record.entity';
import { batchedPage } from '../shared/batched-page';
import { type MemberDeparture } from './member-departure.entity';
import { type MemberDisposition } from './member-disposition.entity';
import { toAnnualRecordObject, toMemberDepartureObject, toMemberDispositionObject, toMemberTransferObject } from './member-history.mapper';
import {
  AnnualRecordConnection,
  AnnualRecordObject,
  MemberDepartureObject,
  MemberDispositionConnection,
  MemberTransferConnection,
  RecordAnnualRecordInput,
  RecordPartyMemberDepartureInput,
  RecordPartyMemberDispositionInput,
  TransferPartyMemberInput,
} from './member-history.object';
import { type HistoryRow, type MemberHistoryKind, MemberHistoryService } from './member-history.service';
import { type MemberTransfer } from './member-transfer.entity';
import { toPartyMemberObject } from './party-member.mapper';
import { PartyMemberObject } from './party-member.object';

@Resolver(() => PartyMemberObject)
export class MemberHistoryResolver {
  constructor(private readonly history: MemberHistoryService) {}

  @Mutation(() => PartyMemberObject, {
    description: '党员组织关系转接 (transfer a member to another branch or village, or record that they went to work away 外出流动 or came back by changing only inVillage; publishes personnel.member.transferred.v1). Roles: organization-dept, township-officer',
  })
  async transferPartyMember(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => TransferPartyMemberInput, description: '转接信息 (the transfer)' }) input: TransferPartyMemberInput,
  ): Promise<PartyMemberObject> {
    return toPartyMemberObject(await this.history.transfer(caller, input), masksPersonalData(caller));
  }

  @Mutation(() => PartyMemberObject, {
    description: '记录党员离开 (record that a member left; publishes personnel.member.left.v1). Roles: organization-dept, township-officer',
  })
  async recordPartyMemberDeparture(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RecordPartyMemberDepartureInput, description: '离开信息 (the departure)' }) input: RecordPartyMemberDepartureInput,
  ): Promise<PartyMemberObject> {
    return toPartyMemberObject(await this.history.recordDeparture(caller, input), masksPersonalData(caller));
  }

  @Mutation(() => PartyMemberObject, {
    description: '记录组织处置 (停止党籍, 恢复党籍 or 除名; a removal publishes personnel.member.left.v1). Roles: organization-dept',
  })
  async recordPartyMemberDisposition(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RecordPartyMemberDispositionInput, description: '处置信息 (the disposition)' }) input: RecordPartyMemberDispositionInput,
  ): Promise<PartyMemberObject> {
    return toPartyMemberObject(await this.history.recordDisposition(caller, input), masksPersonalData(caller));
  }

  @Mutation(() => AnnualRecordObject, { description: '记录年度纪实 (one annual record per member and year). Roles: organization-dept, township-officer' })
  async recordPartyMemberAnnualRecord(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RecordAnnualRecordInput, description: '年度纪实 (the record)' }) input: RecordAnnualRecordInput,
  ): Promise<AnnualRecordObject> {
    return toAnnualRecordObject(await this.history.recordAnnual(caller, input), masksPersonalData(caller));
  }

  @ResolveField(() => MemberTransferConnection, { description: '组织关系转接记录 (transfers, oldest first, recorded in villages within your scope)' })
  async transfers(@Parent() member: PartyMemberObject, @Args() page: PageArgs, @RequestContextArg() context: SubgraphContext): Promise<MemberTransferConnection> {
    const masked = masksPersonalData(userCallerOf(context));
    return toConnection((await this.historyPage(context, 'transfers', member.id, page)) as Page<MemberTransfer>, (row) => toMemberTransferObject(row, masked));
  }

  @ResolveField(() => MemberDispositionConnection, { description: '组织处置记录 (dispositions, oldest first)' })
  async dispositions(
    @Parent() member: PartyMemberObject,
    @Args() page: PageArgs,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<MemberDispositionConnection> {
    const masked = masksPersonalData(userCallerOf(context));
    return toConnection((await this.historyPage(context, 'dispositions', member.id, page)) as Page<MemberDisposition>, (row) => toMemberDispositionObject(row, masked));
  }

  @ResolveField(() => AnnualRecordConnection, { description: '年度纪实 (annual records by year)' })
  async annualRecords(@Parent() member: PartyMemberObject, @Args() page: PageArgs, @RequestContextArg() context: SubgraphContext): Promise<AnnualRecordConnection> {
    const masked = masksPersonalData(userCallerOf(context));
    return toConnection((await this.historyPage(context, 'annualRecords', member.id, page)) as Page<AnnualRecord>, (row) => toAnnualRecordObject(row, masked));
  }

  @ResolveField(() => MemberDepartureObject, { nullable: true, description: '离开记录 (the departure; null while a current member)' })
  async departure(@Parent() member: PartyMemberObject, @RequestContextArg() context: SubgraphContext): Promise<MemberDepartureObject | null> {
    if (!member.leftAt) return null;
    const caller = userCallerOf(context);
    const loader = loaderFor<string, MemberDeparture | null>(context, 'member-departure', async (ids) =>
      byKeys(ids, await this.history.departureOf(caller, ids), (row) => row.member.id),
    );
    const found = await loader.load(member.id);
    return found ? toMemberDepartureObject(found, masksPersonalData(caller)) : null;
  }

  private historyPage(context: SubgraphContext, kind: MemberHistoryKind, memberId: string, page: PageArgs): Promise<Page<HistoryRow>> {
    const caller = userCallerOf(context);
    return batchedPage(
      context,
      `member-${kind}`,
      memberId,
      page,
      (ids) => this.history.firstPages(caller, kind, ids, page.first),
      () => this.history.page(caller, kind, memberId, page),
    );
  }
}
