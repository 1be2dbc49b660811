import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { LocalDateScalar, PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { masksPersonalData } from '../shared/personal-data';
import { HouseholdLinkReportService } from './household-link-report.service';
import { toHouseholdLinkObject, toHouseholdObject, toHouseholdVisitObject, toPersonUnderQuotaObject } from './household-link.mapper';
import {
  HouseholdLinkConnection,
  HouseholdLinkObject,
  HouseholdObject,
  HouseholdVisitConnection,
  LinkHouseholdInput,
  PersonUnderQuotaConnection,
} from './household-link.object';
import { householdLinkLoader, householdLoader } from './household-link.loaders';
import { HouseholdLinkService } from './household-link.service';
import { HouseholdService } from './household.service';

const WRITERS = 'Roles: organization-dept, township-officer (their township), village-cadre (their village)';

@Resolver(() => HouseholdLinkObject)
export class HouseholdLinkResolver {
  constructor(
    private readonly links: HouseholdLinkService,
    private readonly reports: HouseholdLinkReportService,
    private readonly households: HouseholdService,
  ) {}

  @Query(() => HouseholdLinkConnection, { description: '联户关系列表 (links within your scope, by region then latest linked; active ones unless asked)' })
  async householdLinks(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
    @Args('personId', { type: () => ID, nullable: true, description: '联户人编号 (only this person’s links: a link’s personId)' }) personId?: string | null,
    @Args('includeEnded', { type: () => Boolean, nullable: true, defaultValue: false, description: '含已解除 (also ended links; default false)' })
    includeEnded?: boolean,
  ): Promise<HouseholdLinkConnection> {
    const masked = masksPersonalData(caller);
    return toConnection(await this.links.list(caller, { within, personId, includeEnded }, page), (link) => toHouseholdLinkObject(link, masked));
  }

  @Query(() => PersonUnderQuotaConnection, {
    description:
      '联户未满额人员 (everyone of a village who should link households today and is below their quota, those with no link at all included, largest gap first: ' +
      'serving two-committee members, current in-village party members, serving representatives and the grid workers who have linked there, one row per person at their highest role. ' +
      'Migrant members 流动党员 who hold no post or seat are left out: working away, they cannot visit monthly)',
  })
  async peopleUnderQuota(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('village', { type: () => RegionCodeScalar, description: '村代码 (a 12-digit village code within your scope)' }) village: string,
  ): Promise<PersonUnderQuotaConnection> {
    const masked = masksPersonalData(caller);
    return toConnection(await this.reports.peopleUnderQuota(caller, village, page), (person) => toPersonUnderQuotaObject(person, masked));
  }

  @Query(() => HouseholdLinkConnection, { description: '本月未走访的联户关系 (links active on asOf with no visit recorded in its month; by region, then id)' })
  async linksWithoutVisitThisMonth(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
    @Args('asOf', { type: () => LocalDateScalar, nullable: true, description: '截至日期 (the day whose month is checked; default today)' }) asOf?: string | null,
  ): Promise<HouseholdLinkConnection> {
    const masked = masksPersonalData(caller);
    return toConnection(await this.reports.linksWithoutVisit(caller, within, asOf, page), (link) => toHouseholdLinkObject(link, masked));
  }

  @Mutation(() => HouseholdLinkObject, {
    description:
      '建立联户关系 (link a person of the household’s village to it within the quota of the highest role their records give on the link date: ' +
      'chief cadre (serving secretary or committee chair) 10, other two-committee member 5, current party member 3, serving representative or grid worker 1. ' +
      'The quota counts the person’s active links; links made under a higher role stay when it ends. NOT_FOUND / FORBIDDEN for a record missing or outside your scope, ' +
      'BAD_USER_INPUT for a person of another village, CONFLICT for no role that day, a full quota or a second link of the same household). ' +
      WRITERS,
  })
  async linkHousehold(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => LinkHouseholdInput, description: '联户信息 (who links which household)' }) input: LinkHouseholdInput,
  ): Promise<HouseholdLinkObject> {
    return toHouseholdLinkObject(await this.links.link(caller, input), false);
  }

  @Mutation(() => HouseholdLinkObject, { description: `解除联户关系 (end an active link; the record is kept; CONFLICT if already ended). ${WRITERS}` })
  async endHouseholdLink(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '联户编号 (link id)' }) id: string,
    @Args('endedOn', { type: () => LocalDateScalar, nullable: true, description: '解除日期 (not in the future, not before the link began; default today)' })
    endedOn?: string | null,
    @Args('reason', { type: () => String, nullable: true, description: '解除原因 (why, up to 200 characters)' }) reason?: string | null,
  ): Promise<HouseholdLinkObject> {
    return toHouseholdLinkObject(await this.links.end(caller, id, { endedOn, reason }), false);
  }

  @ResolveField(() => HouseholdObject, { nullable: true, description: '联系的农户 (the household)' })
  async household(
    @Parent() link: HouseholdLinkObject,
    @CurrentCaller() caller: Caller,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<HouseholdObject | null> {
    const found = await householdLoader(context, caller, this.households).load(link.householdId);
    return found ? toHouseholdObject(found, masksPersonalData(caller)) : null;
  }

  @ResolveField(() => HouseholdVisitConnection, { description: '走访记录 (the link’s visits, latest first)' })
  async visits(@Parent() link: HouseholdLinkObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<HouseholdVisitConnection> {
    const masked = masksPersonalData(caller);
    return toConnection(await this.links.visitsOf(caller, link.id, page), (visit) => toHouseholdVisitObject(visit, masked));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<HouseholdLinkObject | null> {
    const caller = userCallerOf(context);
    const found = await householdLinkLoader(context, caller, this.links).load(reference.id.toLowerCase());
    return found ? toHouseholdLinkObject(found, masksPersonalData(caller)) : null;
  }
}
