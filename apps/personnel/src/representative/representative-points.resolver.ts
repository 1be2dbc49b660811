import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { LocalDateScalar, PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext } from '@grassroots/subgraph';
import { masksPersonalData } from '../shared/personal-data';
import { toPointChangeObject, toPointItemObject, toRankedObject, toRepresentativeObject } from './representative.mapper';
import {
  RankedRepresentativeConnection,
  RepresentativePointChangeObject,
  RepresentativePointItemConnection,
  VillageRepresentativeObject,
} from './representative.object';
import { representativeLoader } from './representative.loaders';
import { RepresentativePointsService } from './representative-points.service';
import { RepresentativeService } from './representative.service';

@Resolver(() => RepresentativePointChangeObject)
export class RepresentativePointsResolver {
  constructor(
    private readonly points: RepresentativePointsService,
    private readonly representatives: RepresentativeService,
  ) {}

  @Query(() => RepresentativePointItemConnection, { description: '村民代表积分事项 (the 8 negative items 负面清单 and 4 bonus cases 加分情形, deductions first)' })
  // Reference data, but still read by a person: the caller is required like everywhere else.
  representativePointItems(@CurrentCaller() _caller: Caller, @Args() page: PageArgs): RepresentativePointItemConnection {
    return toConnection(this.points.items(page), toPointItemObject);
  }

  @Query(() => RankedRepresentativeConnection, {
    description:
      '村民代表积分排名 (representatives serving at the end of the year — today in the current year — by the year’s points, highest first; ' +
      'with their rank in the region asked for, in their village and in their township)',
  })
  async representativeRanking(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '排名范围 (a village or township; defaults to your scope)' })
    within?: string | null,
    @Args('year', { type: () => Int, nullable: true, description: '年度 (calendar year; default this year)' }) year?: number | null,
  ): Promise<RankedRepresentativeConnection> {
    const masked = masksPersonalData(caller);
    return toConnection(await this.points.ranking(caller, within, year, page), (row) => toRankedObject(row, masked));
  }

  @Mutation(() => RepresentativePointChangeObject, {
    description:
      '记录村民代表积分 (record a deduction or bonus of a serving representative: a known item, negative for a deduction, positive for a bonus; ' +
      'CONFLICT for a representative no longer serving). Roles: civil-affairs, organization-dept, township-officer (their township), village-cadre (their village)',
  })
  async recordRepresentativePoints(
    @CurrentCaller() caller: Caller,
    @Args('representativeId', { type: () => ID, description: '村民代表编号 (representative id)' }) representativeId: string,
    @Args('itemCode', { type: () => String, description: '积分事项代码 (a code from representativePointItems)' }) itemCode: string,
    @Args('reason', { type: () => String, description: '事由 (what happened, 1–200 characters)' }) reason: string,
    @Args('occurredOn', { type: () => LocalDateScalar, description: '发生日期 (not in the future, not before the election; decides the year)' })
    occurredOn: string,
    @Args('points', { type: () => Int, nullable: true, description: '分值 (default: the item’s points; at most 20 in size, sign as the item’s kind)' })
    points?: number | null,
  ): Promise<RepresentativePointChangeObject> {
    return toPointChangeObject(await this.points.record(caller, { representativeId, itemCode, points, reason, occurredOn }), false);
  }

  @ResolveField(() => VillageRepresentativeObject, { nullable: true, description: '村民代表 (the representative)' })
  async representative(
    @Parent() change: RepresentativePointChangeObject,
    @CurrentCaller() caller: Caller,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<VillageRepresentativeObject | null> {
    const found = await representativeLoader(context, caller, this.representatives).load(change.representativeId);
    return found ? toRepresentativeObject(found, masksPersonalData(caller)) : null;
  }
}
