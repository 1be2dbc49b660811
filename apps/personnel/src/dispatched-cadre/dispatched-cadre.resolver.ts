import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { LocalDateScalar, PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { byKeys, CurrentCaller, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { revealsPersonalData } from '../shared/personal-data';
import { VillageTypeEnum } from '../village-type/village-type.object';
import { type DispatchedRole, type VillageType } from './dispatched-cadre-vocabulary';
import { type DispatchedCadre } from './dispatched-cadre.entity';
import { toDispatchedCadreObject, toVillageWithoutFirstSecretaryObject } from './dispatched-cadre.mapper';
import {
  AssignDispatchedCadreInput,
  DispatchedCadreConnection,
  DispatchedCadreObject,
  DispatchedRoleEnum,
  VillageWithoutFirstSecretaryConnection,
} from './dispatched-cadre.object';
import { DispatchedCadreService } from './dispatched-cadre.service';

@Resolver(() => DispatchedCadreObject)
export class DispatchedCadreResolver {
  constructor(private readonly service: DispatchedCadreService) {}

  @Query(() => DispatchedCadreObject, { description: '按编号查询驻村干部 (one dispatched cadre within your scope)' })
  async dispatchedCadre(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID, description: '选派编号' }) id: string): Promise<DispatchedCadreObject> {
    return toDispatchedCadreObject(await this.service.get(caller, id), revealsPersonalData(caller));
  }

  @Query(() => DispatchedCadreConnection, { description: '驻村干部列表 (first secretaries and work teams within your scope, by village, latest first)' })
  async dispatchedCadres(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('role', { type: () => DispatchedRoleEnum, nullable: true, description: '驻村身份 (only this role)' })
    role?: DispatchedRole | null,
    @Args('activeOn', { type: () => LocalDateScalar, nullable: true, description: '在岗日期 (only assignments covering this day)' })
    activeOn?: string | null,
  ): Promise<DispatchedCadreConnection> {
    const reveal = revealsPersonalData(caller);
    return toConnection(await this.service.list(caller, { within, role, activeOn }, page), (assignment) => toDispatchedCadreObject(assignment, reveal));
  }

  @Query(() => VillageWithoutFirstSecretaryConnection, {
    description:
      '未选派第一书记的村 (villages that have a type on asOf, from villageTypes, and no first secretary active that day, whether or not anyone was ever sent)',
  })
  async villagesWithoutFirstSecretary(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('villageType', { type: () => VillageTypeEnum, nullable: true, description: '村类型 (only villages of this type; all types when omitted)' })
    villageType?: VillageType | null,
    @Args('asOf', { type: () => LocalDateScalar, nullable: true, description: '统计日期 (defaults to today)' })
    asOf?: string | null,
  ): Promise<VillageWithoutFirstSecretaryConnection> {
    return toConnection(await this.service.villagesWithoutFirstSecretary(caller, { within, villageType, asOf }, page), toVillageWithoutFirstSecretaryObject);
  }

  @Mutation(() => DispatchedCadreObject, { description: '选派驻村干部 (send a first secretary or work-team member to a village). Roles: organization-dept' })
  async assignDispatchedCadre(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => AssignDispatchedCadreInput, description: '选派信息 (the assignment)' }) input: AssignDispatchedCadreInput,
  ): Promise<DispatchedCadreObject> {
    return toDispatchedCadreObject(await this.service.assign(caller, input), revealsPersonalData(caller));
  }

  @Mutation(() => DispatchedCadreObject, { description: '结束驻村 (end an assignment or bring its planned end forward). Roles: organization-dept' })
  async endDispatchedCadre(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '选派编号' }) id: string,
    @Args('endDate', { type: () => LocalDateScalar, description: '驻村结束日期 (last day, not before the start)' }) endDate: string,
    @Args('note', { type: () => String, nullable: true, description: '说明 (remarks, at most 500 characters)' }) note?: string | null,
  ): Promise<DispatchedCadreObject> {
    return toDispatchedCadreObject(await this.service.end(caller, id, endDate, note), revealsPersonalData(caller));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<DispatchedCadreObject | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, DispatchedCadre | null>(context, 'dispatched-cadre', async (ids) =>
      byKeys(ids, await this.service.getMany(caller, ids), (assignment) => assignment.id),
    );
    const assignment = await loader.load(reference.id.toLowerCase());
    return assignment ? toDispatchedCadreObject(assignment, revealsPersonalData(caller)) : null;
  }
}
