import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller, masksPersonalData } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, loaderFor, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { toRegionObject } from '../region/region.mapper';
import { RegionObject } from '../region/region.object';
import { RegionService } from '../region/region.service';
import { type GridDepartment } from './grid-department';
import { type GridLevel } from './grid-level.util';
import { GridRoleService } from './grid-role.service';
import { type GridRoleAssignment } from './grid-role-assignment.entity';
import { toGridObject, toGridRoleAssignmentObject } from './grid.mapper';
import {
  CreateGridInput,
  GridConnection,
  GridDepartmentEnum,
  GridLevelEnum,
  GridObject,
  GridRoleAssignmentConnection,
  GridRoleAssignmentObject,
} from './grid.object';
import { GridService } from './grid.service';
import { regionLoader } from '../region/region.loader';
import { gridLoader } from './loaders';

@Resolver(() => GridObject)
export class GridResolver {
  constructor(
    private readonly gridService: GridService,
    private readonly roleService: GridRoleService,
    private readonly regionService: RegionService,
  ) {}

  @Query(() => GridObject, { description: '按编号查询网格 (one grid within your scope)' })
  async grid(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID, description: '网格编号' }) id: string): Promise<GridObject> {
    return toGridObject(await this.gridService.get(caller, id));
  }

  @Query(() => GridConnection, { description: '网格列表 (grids within your scope, by region code then name)' })
  async grids(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
    @Args('level', { type: () => GridLevelEnum, nullable: true, description: '网格层级 (only grids of this level)' }) level?: GridLevel | null,
  ): Promise<GridConnection> {
    return toConnection(await this.gridService.list(caller, { within, level }, page), toGridObject);
  }

  @Query(() => GridConnection, {
    description: '未配齐的基础网格 (basic grids short of 1 网格长, 2 网格指导员 or 1 网格员, within your scope)',
  })
  async basicGridsMissingRoles(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
  ): Promise<GridConnection> {
    return toConnection(await this.gridService.missingRoles(caller, within, page), toGridObject);
  }

  @Mutation(() => GridObject, {
    description: '新建网格 (create a grid exactly one level below its parent, inside its region). Roles: organization-dept, political-legal, township-officer',
  })
  async createGrid(@CurrentCaller() caller: Caller, @Args('input', { type: () => CreateGridInput, description: '网格信息' }) input: CreateGridInput) {
    return toGridObject(await this.gridService.create(caller, input));
  }

  @Mutation(() => GridObject, {
    description: '设置入格部门 (多网合一: replace the departments a grid carries). Roles: organization-dept, political-legal, township-officer',
  })
  async setGridDepartments(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '网格编号' }) id: string,
    @Args('departments', { type: () => [GridDepartmentEnum], description: '入格部门 (the full set; duplicates are merged)' }) departments: GridDepartment[],
  ): Promise<GridObject> {
    return toGridObject(await this.gridService.setDepartments(caller, id, departments));
  }

  @ResolveField(() => GridObject, { nullable: true, description: '上级网格 (parent grid; null for a township grid or when outside your scope)' })
  async parent(@Parent() grid: GridObject, @RequestContextArg() context: SubgraphContext): Promise<GridObject | null> {
    if (!grid.parentId) return null;
    const found = await gridLoader(context, this.gridService).load(grid.parentId);
    return found ? toGridObject(found) : null;
  }

  @ResolveField(() => GridConnection, { description: '下级网格 (grids directly below, within your scope)' })
  async children(@Parent() grid: GridObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<GridConnection> {
    return toConnection(await this.gridService.children(caller, grid.id, page), toGridObject);
  }

  @ResolveField(() => RegionObject, { nullable: true, description: '所在区划 (the township or village the grid lies on)' })
  async region(@Parent() grid: GridObject, @RequestContextArg() context: SubgraphContext): Promise<RegionObject | null> {
    const found = await regionLoader(context, this.regionService).load(grid.regionCode);
    return found ? toRegionObject(found) : null;
  }

  @ResolveField(() => [GridRoleAssignmentObject], {
    description: '在岗人员 (active role holders: at most 1 网格长, 2 网格指导员, 1 网格员; history in roleHistory)',
  })
  async roles(@Parent() grid: GridObject, @RequestContextArg() context: SubgraphContext): Promise<GridRoleAssignmentObject[]> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, GridRoleAssignment[]>(context, 'grid-active-roles', async (ids) => {
      const byGrid = await this.roleService.activeByGrid(caller, ids);
      return ids.map((id) => byGrid.get(id) ?? []);
    });
    return (await loader.load(grid.id)).map((assignment) => toGridRoleAssignmentObject(assignment, masksPersonalData(caller)));
  }

  @ResolveField(() => GridRoleAssignmentConnection, { description: '任职记录 (every assignment, ended ones included, latest first)' })
  async roleHistory(@Parent() grid: GridObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<GridRoleAssignmentConnection> {
    return toConnection(await this.roleService.history(caller, grid.id, page), (assignment) => toGridRoleAssignmentObject(assignment, masksPersonalData(caller)));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<GridObject | null> {
    const found = await gridLoader(context, this.gridService).load(reference.id.toLowerCase());
    return found ? toGridObject(found) : null;
  }
}
