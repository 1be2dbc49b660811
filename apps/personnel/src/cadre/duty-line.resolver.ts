import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { batchedPage } from '../shared/batched-page';
import { DutyLineConnection, DutyLineObject, VillageDutyLinesConnection } from './cadre-record.object';
import { AssignDutyLineInput } from './cadre.inputs';
import { activePostsLoader, cadreLoader } from './cadre.loaders';
import { toCadreObject, toDutyLineObject, toVillageDutyLinesObject } from './cadre.mapper';
import { CadreObject } from './cadre.object';
import { CadreService } from './cadre.service';
import { MIN_DUTY_LINES_PER_VILLAGE } from './duty-line.rules';
import { DutyLineService } from './duty-line.service';
import { revealsPersonalData } from '../shared/personal-data';

@Resolver(() => DutyLineObject)
export class DutyLineResolver {
  constructor(
    private readonly lines: DutyLineService,
    private readonly cadres: CadreService,
  ) {}

  @Query(() => DutyLineConnection, { description: '履职工作线 (duty lines within your scope, by village then name)' })
  async dutyLines(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
  ): Promise<DutyLineConnection> {
    return toConnection(await this.lines.list(caller, within, page), toDutyLineObject);
  }

  @Mutation(() => DutyLineObject, {
    description:
      '分配履职工作线 (give a village work line to an active cadre of the village; about ten lines per village, at most 12; an existing name is reassigned). Roles: organization-dept, township-officer (own township)',
  })
  async assignDutyLine(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => AssignDutyLineInput, description: '工作线与责任人 (the line and its owner)' }) input: AssignDutyLineInput,
  ): Promise<DutyLineObject> {
    return toDutyLineObject(await this.lines.assign(caller, input));
  }

  @Query(() => VillageDutyLinesConnection, {
    description:
      '村履职工作线情况 (per village within your scope: its duty lines and those whose owner left office, so the township can reassign them; by village code)',
  })
  async dutyLineReport(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('needsAttentionOnly', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: `仅需调整的村 (only villages with fewer than ${MIN_DUTY_LINES_PER_VILLAGE} lines or with lines whose owner left office; default false)`,
    })
    needsAttentionOnly?: boolean | null,
  ): Promise<VillageDutyLinesConnection> {
    return toConnection(await this.lines.villageReport(caller, within, needsAttentionOnly ?? false, page), toVillageDutyLinesObject);
  }

  @ResolveField(() => CadreObject, { nullable: true, description: '责任村干部 (the owning cadre)' })
  async owner(@Parent() line: DutyLineObject, @RequestContextArg() context: SubgraphContext): Promise<CadreObject | null> {
    const caller = userCallerOf(context);
    const cadre = await cadreLoader(context, caller, this.cadres).load(line.ownerId);
    return cadre ? toCadreObject(cadre, revealsPersonalData(caller)) : null;
  }

  @ResolveField(() => Boolean, {
    description: '责任人在任 (true while the owner holds an active post; false: the owner left office and the line waits to be reassigned)',
  })
  async ownerInOffice(@Parent() line: DutyLineObject, @RequestContextArg() context: SubgraphContext): Promise<boolean> {
    const posts = await activePostsLoader(context, userCallerOf(context), this.cadres).load(line.ownerId);
    return posts.length > 0;
  }
}

@Resolver(() => CadreObject)
export class CadreDutyLinesResolver {
  constructor(private readonly lines: DutyLineService) {}

  @ResolveField(() => DutyLineConnection, { description: '负责的履职工作线 (the duty lines this cadre owns, by name)' })
  async dutyLines(@Parent() cadre: CadreObject, @Args() page: PageArgs, @RequestContextArg() context: SubgraphContext): Promise<DutyLineConnection> {
    const caller = userCallerOf(context);
    const found = await batchedPage(
      context,
      'cadre-duty-lines',
      cadre.id,
      page,
      (ids) => this.lines.firstOwnedPages(caller, ids, page.first),
      () => this.lines.ownedBy(caller, cadre.id, page),
    );
    return toConnection(found, toDutyLineObject);
  }
}
