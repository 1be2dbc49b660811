import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { RegionObject } from '../region/region.object';
import { viewOf } from './rectification-view';
import { toCaseObject } from './rectification.mapper';
import { WeakOrganizationCaseConnection } from './rectification.objects';
import { WeakOrganizationCaseService } from './weak-organization-case.service';

// Adds the weak-organization cases of a region to Region, which the region folder owns.
@Resolver(() => RegionObject)
export class RegionWeakOrganizationResolver {
  constructor(private readonly cases: WeakOrganizationCaseService) {}

  @ResolveField(() => WeakOrganizationCaseConnection, {
    description: '软弱涣散村整顿 (weak-organization cases in this region and below, within your scope, by village)',
  })
  async weakOrganizationCases(
    @Parent() region: RegionObject,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
  ): Promise<WeakOrganizationCaseConnection> {
    const view = viewOf(caller);
    return toConnection(await this.cases.list(caller, { within: region.code }, page), (weakCase) => toCaseObject(weakCase, view));
  }
}
