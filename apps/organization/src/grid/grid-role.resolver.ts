import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, masksPersonalData } from '@grassroots/auth';
import { LocalDateScalar } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext } from '@grassroots/subgraph';
import { GridRoleService } from './grid-role.service';
import { toGridObject, toGridRoleAssignmentObject } from './grid.mapper';
import { AssignGridRoleInput, GridObject, GridRoleAssignmentObject } from './grid.object';
import { GridService } from './grid.service';
import { gridLoader } from './loaders';

@Resolver(() => GridRoleAssignmentObject)
export class GridRoleResolver {
  constructor(
    private readonly roleService: GridRoleService,
    private readonly gridService: GridService,
  ) {}

  @Mutation(() => GridRoleAssignmentObject, {
    description:
      '任命网格岗位 (give a person a role in a basic grid; at most 1 网格长, 2 网格指导员, 1 网格员 at a time, one role per person; CONFLICT otherwise). ' +
      'Roles: organization-dept, political-legal, township-officer',
  })
  async assignGridRole(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => AssignGridRoleInput, description: '任职信息' }) input: AssignGridRoleInput,
  ): Promise<GridRoleAssignmentObject> {
    return toGridRoleAssignmentObject(await this.roleService.assign(caller, input), masksPersonalData(caller));
  }

  @Mutation(() => GridRoleAssignmentObject, {
    description: '免去网格岗位 (end an active role; the record is kept). Roles: organization-dept, political-legal, township-officer',
  })
  async endGridRole(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '任职编号 (assignment id)' }) id: string,
    @Args('endedAt', { type: () => LocalDateScalar, nullable: true, description: '离任日期 (not in the future, not before the role began; default today)' })
    endedAt?: string | null,
    @Args('reason', { type: () => String, nullable: true, description: '离任原因 (why, up to 200 characters)' }) reason?: string | null,
  ): Promise<GridRoleAssignmentObject> {
    return toGridRoleAssignmentObject(await this.roleService.end(caller, id, { endedAt, reason }), masksPersonalData(caller));
  }

  @ResolveField(() => GridObject, { nullable: true, description: '所在网格 (the basic grid)' })
  async grid(@Parent() assignment: GridRoleAssignmentObject, @RequestContextArg() context: SubgraphContext): Promise<GridObject | null> {
    const found = await gridLoader(context, this.gridService).load(assignment.gridId);
    return found ? toGridObject(found) : null;
  }
}
