import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { LocalDateScalar, PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { batchedPage } from '../shared/batched-page';
import { CadrePostKindEnum } from './cadre-enums.object';
import { CadreProfileService } from './cadre-profile.service';
import { holdsBothPosts } from './cadre-post.rules';
import { CadrePostService } from './cadre-post.service';
import { type CadrePostKind } from './cadre-vocabulary';
import { RegisterCadreInput } from './cadre.inputs';
import { activePostsLoader, cadreLoader } from './cadre.loaders';
import { toCadreObject, toCadrePostObject, toCadreProfileObject } from './cadre.mapper';
import { CadreConnection, CadreObject, CadrePostConnection, CadrePostObject, CadreProfileObject } from './cadre.object';
import { CadreService } from './cadre.service';
import { revealsPersonalData } from '../shared/personal-data';

@Resolver(() => CadreObject)
export class CadreResolver {
  constructor(
    private readonly cadreService: CadreService,
    private readonly postService: CadrePostService,
    private readonly profiles: CadreProfileService,
  ) {}

  @Query(() => CadreObject, { description: '按编号查询村干部 (one cadre within your scope)' })
  async cadre(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID, description: '村干部编号' }) id: string): Promise<CadreObject> {
    return toCadreObject(await this.cadreService.get(caller, id), revealsPersonalData(caller));
  }

  @Query(() => CadreConnection, { description: '村干部列表 (cadres within your scope, by village then id)' })
  async cadres(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('post', { type: () => CadrePostKindEnum, nullable: true, description: '职务 (only cadres holding this post)' })
    post?: CadrePostKind | null,
    @Args('activeOnly', {
      type: () => Boolean,
      nullable: true,
      defaultValue: true,
      description: '仅在任 (true, the default: only cadres holding an active post; false: every registered cadre, or with post, who ever held it)',
    })
    activeOnly?: boolean | null,
  ): Promise<CadreConnection> {
    const reveal = revealsPersonalData(caller);
    return toConnection(await this.cadreService.list(caller, { within, post, activeOnly }, page), (cadre) => toCadreObject(cadre, reveal));
  }

  @Query(() => CadreConnection, {
    description: '本季度未参加培训的两委成员 (two-committee members serving on asOf with no training in its Asia/Shanghai quarter)',
  })
  async untrainedCadresThisQuarter(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('asOf', { type: () => LocalDateScalar, nullable: true, description: '统计日期 (the quarter of this date; defaults to today)' })
    asOf?: string | null,
  ): Promise<CadreConnection> {
    const reveal = revealsPersonalData(caller);
    return toConnection(await this.cadreService.untrainedInQuarter(caller, within, asOf, page), (cadre) => toCadreObject(cadre, reveal));
  }

  @Query(() => CadreProfileObject, { description: '村干部队伍结构 (profile statistics of serving two-committee members; one aggregate query)' })
  async cadreProfile(
    @CurrentCaller() caller: Caller,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '统计区划 (any level; defaults to your scope)' })
    within?: string | null,
  ): Promise<CadreProfileObject> {
    return toCadreProfileObject(await this.profiles.profile(caller, within));
  }

  @Mutation(() => CadreObject, { description: '登记村干部 (register a person as a village cadre or candidate). Roles: organization-dept, township-officer (own township)' })
  async registerCadre(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RegisterCadreInput, description: '村干部信息 (the person)' }) input: RegisterCadreInput,
  ): Promise<CadreObject> {
    return toCadreObject(await this.cadreService.register(caller, input), revealsPersonalData(caller));
  }

  @ResolveField(() => [CadrePostObject], { description: '现任职务 (the posts held now; at most one of each kind)' })
  async activePosts(@Parent() cadre: CadreObject, @RequestContextArg() context: SubgraphContext): Promise<CadrePostObject[]> {
    const posts = await activePostsLoader(context, userCallerOf(context), this.cadreService).load(cadre.id);
    return posts.map(toCadrePostObject);
  }

  @ResolveField(() => Boolean, { description: '书记、主任一肩挑 (holds an active secretary post and an active committee-chair post)' })
  async holdsBothPosts(@Parent() cadre: CadreObject, @RequestContextArg() context: SubgraphContext): Promise<boolean> {
    return holdsBothPosts(await activePostsLoader(context, userCallerOf(context), this.cadreService).load(cadre.id));
  }

  @ResolveField(() => CadrePostConnection, { description: '任职经历 (every post, ended ones included, latest term first)' })
  async posts(@Parent() cadre: CadreObject, @Args() page: PageArgs, @RequestContextArg() context: SubgraphContext): Promise<CadrePostConnection> {
    const caller = userCallerOf(context);
    const found = await batchedPage(
      context,
      'cadre-posts',
      cadre.id,
      page,
      (ids) => this.postService.firstPostPages(caller, ids, page.first),
      () => this.postService.postsOf(caller, cadre.id, page),
    );
    return toConnection(found, toCadrePostObject);
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<CadreObject | null> {
    const caller = userCallerOf(context);
    const cadre = await cadreLoader(context, caller, this.cadreService).load(reference.id.toLowerCase());
    return cadre ? toCadreObject(cadre, revealsPersonalData(caller)) : null;
  }
}
