import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { CurrentCaller, RequestContextArg, type SubgraphContext } from '@grassroots/subgraph';
import { masksPersonalData } from '../shared/personal-data';
import { toHouseholdLinkObject, toHouseholdVisitObject } from './household-link.mapper';
import { HouseholdLinkObject, HouseholdVisitObject, RecordHouseholdVisitInput } from './household-link.object';
import { householdLinkLoader } from './household-link.loaders';
import { HouseholdLinkService } from './household-link.service';

@Resolver(() => HouseholdVisitObject)
export class HouseholdVisitResolver {
  constructor(private readonly links: HouseholdLinkService) {}

  @Mutation(() => HouseholdVisitObject, {
    description:
      '记录走访 (record the month’s visit of a linked household: within the link’s time, not in the future; CONFLICT for a second visit in one month). ' +
      'Roles: organization-dept, township-officer (their township), village-cadre (their village)',
  })
  async recordHouseholdVisit(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RecordHouseholdVisitInput, description: '走访信息 (the visit)' }) input: RecordHouseholdVisitInput,
  ): Promise<HouseholdVisitObject> {
    return toHouseholdVisitObject(await this.links.recordVisit(caller, input), false);
  }

  @ResolveField(() => HouseholdLinkObject, { nullable: true, description: '联户关系 (the link visited)' })
  async link(
    @Parent() visit: HouseholdVisitObject,
    @CurrentCaller() caller: Caller,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<HouseholdLinkObject | null> {
    const found = await householdLinkLoader(context, caller, this.links).load(visit.linkId);
    return found ? toHouseholdLinkObject(found, masksPersonalData(caller)) : null;
  }
}
