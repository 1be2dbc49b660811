import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { LocalDateScalar, PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { byKeys, CurrentCaller, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { revealsPersonalData } from '../shared/personal-data';
import { toTalentPoolCountsObject, toTalentRecordObject } from './talent-pool.mapper';
import { AddTalentRecordInput, TalentKindEnum, TalentPoolCountsObject, TalentRecordConnection, TalentRecordObject } from './talent-pool.object';
import { type TalentKind } from './talent-pool.rules';
import { TalentPoolService } from './talent-pool.service';
import { type TalentRecord } from './talent-record.entity';

const WRITERS = 'Roles: organization-dept, township-officer (own township); civil-affairs too for rural elites and volunteers';

@Resolver(() => TalentRecordObject)
export class TalentPoolResolver {
  constructor(private readonly service: TalentPoolService) {}

  @Query(() => TalentRecordObject, { description: '按编号查询人才库记录 (one talent-pool record within your scope)' })
  async talentRecord(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID, description: '记录编号' }) id: string): Promise<TalentRecordObject> {
    return toTalentRecordObject(await this.service.get(caller, id), revealsPersonalData(caller));
  }

  @Query(() => TalentRecordConnection, { description: '人才库 (reserve cadres, rural elites and volunteers within your scope, by region then since)' })
  async talentPool(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('kind', { type: () => TalentKindEnum, nullable: true, description: '人才类别 (only this kind)' })
    kind?: TalentKind | null,
    @Args('activeOn', { type: () => LocalDateScalar, nullable: true, description: '在库日期 (only records current on this day)' })
    activeOn?: string | null,
  ): Promise<TalentRecordConnection> {
    const reveal = revealsPersonalData(caller);
    return toConnection(await this.service.list(caller, { within, kind, activeOn }, page), (record) => toTalentRecordObject(record, reveal));
  }

  @Query(() => TalentPoolCountsObject, { description: '人才库人数 (how many of each kind are current on a day; one aggregate query)' })
  async talentPoolCounts(
    @CurrentCaller() caller: Caller,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '统计区划 (defaults to your scope)' })
    within?: string | null,
    @Args('activeOn', { type: () => LocalDateScalar, nullable: true, description: '统计日期 (defaults to today)' })
    activeOn?: string | null,
  ): Promise<TalentPoolCountsObject> {
    return toTalentPoolCountsObject(await this.service.counts(caller, within, activeOn));
  }

  @Mutation(() => TalentRecordObject, { description: `人才入库 (add a reserve cadre, rural elite or volunteer). ${WRITERS}` })
  async addTalentRecord(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => AddTalentRecordInput, description: '人才信息 (the person)' }) input: AddTalentRecordInput,
  ): Promise<TalentRecordObject> {
    return toTalentRecordObject(await this.service.add(caller, input), revealsPersonalData(caller));
  }

  @Mutation(() => TalentRecordObject, { description: `人才出库 (take a person off the list from a day). ${WRITERS}` })
  async endTalentRecord(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '记录编号' }) id: string,
    @Args('until', { type: () => LocalDateScalar, description: '出库日期 (last day on the list, not before since, not in the future)' }) until: string,
    @Args('note', { type: () => String, nullable: true, description: '说明 (why, at most 500 characters)' }) note?: string | null,
  ): Promise<TalentRecordObject> {
    return toTalentRecordObject(await this.service.end(caller, id, until, note), revealsPersonalData(caller));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<TalentRecordObject | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, TalentRecord | null>(context, 'talent-record', async (ids) =>
      byKeys(ids, await this.service.getMany(caller, ids), (record) => record.id),
    );
    const record = await loader.load(reference.id.toLowerCase());
    return record ? toTalentRecordObject(record, revealsPersonalData(caller)) : null;
  }
}
