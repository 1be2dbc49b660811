import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { masksPersonalData } from '../shared/personal-data';
import { toHouseholdObject } from './household-link.mapper';
import { HouseholdConnection, HouseholdObject, RegisterHouseholdInput } from './household-link.object';
import { householdLoader } from './household-link.loaders';
import { HouseholdService } from './household.service';

@Resolver(() => HouseholdObject)
export class HouseholdResolver {
  constructor(private readonly households: HouseholdService) {}

  @Query(() => HouseholdObject, { description: '按编号查询农户 (one household within your scope)' })
  async household(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID, description: '农户编号 (household id)' }) id: string): Promise<HouseholdObject> {
    return toHouseholdObject(await this.households.get(caller, id), masksPersonalData(caller));
  }

  @Query(() => HouseholdConnection, { description: '未联户农户 (households of a village, its groups included, that nobody links; by region, then id)' })
  async householdsWithoutLink(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('village', { type: () => RegionCodeScalar, description: '村代码 (a 12-digit village code within your scope)' }) village: string,
  ): Promise<HouseholdConnection> {
    const masked = masksPersonalData(caller);
    return toConnection(await this.households.withoutLink(caller, village, page), (household) => toHouseholdObject(household, masked));
  }

  @Mutation(() => HouseholdObject, {
    description: '登记农户 (register a household of a village or village group). Roles: organization-dept, township-officer (their township), village-cadre (their village)',
  })
  async registerHousehold(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RegisterHouseholdInput, description: '农户信息 (the household)' }) input: RegisterHouseholdInput,
  ): Promise<HouseholdObject> {
    return toHouseholdObject(await this.households.register(caller, input), false);
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<HouseholdObject | null> {
    const caller = userCallerOf(context);
    const found = await householdLoader(context, caller, this.households).load(reference.id.toLowerCase());
    return found ? toHouseholdObject(found, masksPersonalData(caller)) : null;
  }
}
