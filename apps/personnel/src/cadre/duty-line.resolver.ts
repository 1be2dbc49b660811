import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { DutyLineConnection, DutyLineObject } from './cadre-record.object';
import { AssignDutyLineInput } from './cadre.inputs';
import { cadreLoader } from './cadre.loaders';
import { toCadreObject, toDutyLineObject } from './cadre.mapper';
import { CadreObject } from './cadre.object';
import { CadreService } from './cadre.service';
import { DutyLineService } from './duty-line.service';
import { revealsPersonalData } from './personal-data.util';

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

  @ResolveField(() => CadreObject, { nullable: true, description: '责任村干部 (the owning cadre)' })
  async owner(@Parent() line: DutyLineObject, @RequestContextArg() context: SubgraphContext): Promise<CadreObject | null> {
    const caller = userCallerOf(context);
    const cadre = await cadreLoader(context, caller, this.cadres).load(line.ownerId);
    return cadre ? toCadreObject(cadre, revealsPersonalData(caller)) : null;
  }
}

@Resolver(() => CadreObject)
export class CadreDutyLinesResolver {
  constructor(private readonly lines: DutyLineService) {}

  @ResolveField(() => DutyLineConnection, { description: '负责的履职工作线 (the duty lines this cadre owns)' })
  async dutyLines(@Parent() cadre: CadreObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<DutyLineConnection> {
    return toConnection(await this.lines.ownedBy(caller, cadre.id, page), toDutyLineObject);
  }
}
