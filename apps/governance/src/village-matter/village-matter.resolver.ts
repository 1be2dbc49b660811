import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { byKeys, CurrentCaller, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { type MatterTier } from './matter-tier.util';
import { type VillageMatter } from './village-matter.entity';
import { toVillageMatterObject } from './village-matter.mapper';
import { MatterTierEnum, ProposeVillageMatterInput, VillageMatterConnection, VillageMatterObject } from './village-matter.object';
import { VillageMatterService } from './village-matter.service';

@Resolver(() => VillageMatterObject)
export class VillageMatterResolver {
  constructor(private readonly matters: VillageMatterService) {}

  @Query(() => VillageMatterObject, { description: '按编号查询村级事务 (one village matter within your scope)' })
  async villageMatter(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '事务编号' }) id: string,
  ): Promise<VillageMatterObject> {
    return toVillageMatterObject(await this.matters.get(caller, id));
  }

  @Query(() => VillageMatterConnection, { description: '村级事务列表 (village matters within your scope, newest proposal first)' })
  async villageMatters(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('tier', { type: () => MatterTierEnum, nullable: true, description: '事务等级 (only matters of this tier)' })
    tier?: MatterTier | null,
  ): Promise<VillageMatterConnection> {
    return toConnection(await this.matters.list(caller, { within, tier }, page), toVillageMatterObject);
  }

  @Mutation(() => VillageMatterObject, {
    description: '提出村级事务 (propose a village matter; its amount decides the procedure). Roles: village-cadre, township-officer, organization-dept',
  })
  async proposeVillageMatter(
    @CurrentCaller() caller: Caller,
    @Args('input', { description: '事务内容' }) input: ProposeVillageMatterInput,
  ): Promise<VillageMatterObject> {
    return toVillageMatterObject(await this.matters.propose(caller, input));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<VillageMatterObject | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, VillageMatter | null>(context, 'village-matter', async (ids) =>
      byKeys(ids, await this.matters.getMany(caller, ids), (matter) => matter.id),
    );
    const matter = await loader.load(reference.id.toLowerCase());
    return matter ? toVillageMatterObject(matter) : null;
  }
}
