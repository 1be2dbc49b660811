import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { LocalDateScalar, PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { masksPersonalData } from '../shared/personal-data';
import { toPointChangeObject, toRepresentativeObject, toStatusChangeObject } from './representative.mapper';
import {
  NewRepresentativeInput,
  RegisterVillageRepresentativeInput,
  RepresentativePointChangeConnection,
  RepresentativeReplacementObject,
  RepresentativeStatusChangeConnection,
  VillageRepresentativeObject,
} from './representative.object';
import { balanceLoader, representativeLoader } from './representative.loaders';
import { RepresentativePointsService } from './representative-points.service';
import { RepresentativeService } from './representative.service';

const WRITERS = 'Roles: civil-affairs, organization-dept, township-officer (their township), village-cadre (their village)';

@Resolver(() => VillageRepresentativeObject)
export class RepresentativeResolver {
  constructor(
    private readonly representatives: RepresentativeService,
    private readonly pointsService: RepresentativePointsService,
  ) {}

  @Query(() => VillageRepresentativeObject, { description: '按编号查询村民代表 (one representative within your scope)' })
  async villageRepresentative(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '村民代表编号 (representative id)' }) id: string,
  ): Promise<VillageRepresentativeObject> {
    return toRepresentativeObject(await this.representatives.get(caller, id), masksPersonalData(caller));
  }

  @Mutation(() => VillageRepresentativeObject, { description: `登记村民代表 (register an elected representative of a village). ${WRITERS}` })
  async registerVillageRepresentative(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RegisterVillageRepresentativeInput, description: '村民代表信息 (the representative to register)' })
    input: RegisterVillageRepresentativeInput,
  ): Promise<VillageRepresentativeObject> {
    return toRepresentativeObject(await this.representatives.register(caller, input), false);
  }

  @Mutation(() => RepresentativeReplacementObject, {
    description:
      '撤换村民代表并报县级备案 (replace a serving representative: the outgoing one becomes REPLACED, the incoming one is registered in the same village, ' +
      `the filing is recorded and personnel.representative.replaced.v1 is published; CONFLICT unless the outgoing one is ACTIVE). ${WRITERS}`,
  })
  async replaceVillageRepresentative(
    @CurrentCaller() caller: Caller,
    @Args('outgoingId', { type: () => ID, description: '被撤换代表编号 (the serving representative to replace)' }) outgoingId: string,
    @Args('incoming', { type: () => NewRepresentativeInput, description: '补选的代表 (the representative elected in their place)' })
    incoming: NewRepresentativeInput,
    @Args('reason', { type: () => String, description: '撤换原因 (why, 1–200 characters)' }) reason: string,
    @Args('filedWithCountyOn', { type: () => LocalDateScalar, description: '县级备案日期 (date filed with the county; not before the election, not in the future)' })
    filedWithCountyOn: string,
  ): Promise<RepresentativeReplacementObject> {
    const { outgoing, incoming: successor } = await this.representatives.replace(caller, outgoingId, { incoming, reason, filedWithCountyOn });
    return Object.assign(new RepresentativeReplacementObject(), {
      outgoing: toRepresentativeObject(outgoing, false),
      incoming: toRepresentativeObject(successor, false),
    });
  }

  @Mutation(() => VillageRepresentativeObject, {
    description: `村民代表辞职备案 (record a serving representative's resignation, filed with the county; CONFLICT unless ACTIVE). ${WRITERS}`,
  })
  async resignVillageRepresentative(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '村民代表编号 (representative id)' }) id: string,
    @Args('leftOn', { type: () => LocalDateScalar, description: '辞职日期 (first day no longer serving; not in the future)' }) leftOn: string,
    @Args('reason', { type: () => String, description: '辞职原因 (why, 1–200 characters)' }) reason: string,
    @Args('filedWithCountyOn', { type: () => LocalDateScalar, description: '县级备案日期 (date filed with the county; not before leftOn)' })
    filedWithCountyOn: string,
  ): Promise<VillageRepresentativeObject> {
    return toRepresentativeObject(await this.representatives.resign(caller, id, { leftOn, reason, filedWithCountyOn }), false);
  }

  @ResolveField(() => Int, { description: '年度积分 (balance of the year: 100 plus that year’s changes; a new year starts again at 100)' })
  async points(
    @Parent() representative: VillageRepresentativeObject,
    @CurrentCaller() caller: Caller,
    @RequestContextArg() context: SubgraphContext,
    @Args('year', { type: () => Int, nullable: true, description: '年度 (calendar year; default this year)' }) year?: number | null,
  ): Promise<number> {
    return balanceLoader(context, caller, this.pointsService).load({ representativeId: representative.id, year: this.pointsService.year(year) });
  }

  @ResolveField(() => RepresentativePointChangeConnection, { description: '积分变动记录 (the year’s deductions and bonuses, latest first)' })
  async pointHistory(
    @Parent() representative: VillageRepresentativeObject,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('year', { type: () => Int, nullable: true, description: '年度 (calendar year; default this year)' }) year?: number | null,
  ): Promise<RepresentativePointChangeConnection> {
    const masked = masksPersonalData(caller);
    const found = await this.pointsService.history(caller, representative.id, this.pointsService.year(year), page);
    return toConnection(found, (change) => toPointChangeObject(change, masked));
  }

  @ResolveField(() => RepresentativeStatusChangeConnection, { description: '变动备案记录 (election, replacement and resignation filings, latest first)' })
  async statusChanges(
    @Parent() representative: VillageRepresentativeObject,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
  ): Promise<RepresentativeStatusChangeConnection> {
    const masked = masksPersonalData(caller);
    return toConnection(await this.representatives.history(caller, representative.id, page), (change) => toStatusChangeObject(change, masked));
  }

  @ResolveField(() => VillageRepresentativeObject, { nullable: true, description: '继任代表 (the representative elected in this one’s place, once replaced)' })
  async replacedBy(
    @Parent() representative: VillageRepresentativeObject,
    @CurrentCaller() caller: Caller,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<VillageRepresentativeObject | null> {
    if (!representative.replacedById) return null;
    const found = await representativeLoader(context, caller, this.representatives).load(representative.replacedById);
    return found ? toRepresentativeObject(found, masksPersonalData(caller)) : null;
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<VillageRepresentativeObject | null> {
    const caller = userCallerOf(context);
    const found = await representativeLoader(context, caller, this.representatives).load(reference.id.toLowerCase());
    return found ? toRepresentativeObject(found, masksPersonalData(caller)) : null;
  }
}
