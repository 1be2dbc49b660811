import { Args, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { toVillageMatterObject } from '../village-matter/village-matter.mapper';
import { VillageMatterConnection } from '../village-matter/village-matter.object';
import { VillageMatterService } from '../village-matter/village-matter.service';
import { RegionRef } from './region.ref';

@Resolver(() => RegionRef)
export class RegionMattersResolver {
  constructor(private readonly matters: VillageMatterService) {}

  @ResolveField(() => VillageMatterConnection, {
    description: '该区划内的村级事务 (village matters in this region and below, within your scope, newest proposal first)',
  })
  async villageMatters(
    @Parent() region: RegionRef,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
  ): Promise<VillageMatterConnection> {
    return toConnection(await this.matters.list(caller, { within: region.code }, page), toVillageMatterObject);
  }

  @ResolveReference()
  resolveReference(reference: { code: string }): RegionRef {
    return { code: reference.code };
  }
}
