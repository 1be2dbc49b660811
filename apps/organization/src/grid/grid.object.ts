import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { GRID_DEPARTMENT_LABELS, type GridDepartment } from './grid-department';
import { GRID_LEVEL_LABELS, type GridLevel } from './grid-level.util';
import { GRID_ROLE_LABELS, type GridRole } from './grid-roles.util';

export const GridLevelEnum: Record<GridLevel, GridLevel> = { TOWNSHIP: 'TOWNSHIP', WORK_AREA: 'WORK_AREA', VILLAGE: 'VILLAGE', BASIC: 'BASIC' };
registerEnumType(GridLevelEnum, {
  name: 'GridLevel',
  description: '网格层级 (grid level: 镇街 → 工作区 → 村居 → 基础网格; a child is exactly one level below its parent)',
  valuesMap: {
    TOWNSHIP: { description: `${GRID_LEVEL_LABELS.TOWNSHIP}网格 (township or street grid, on a 9-digit township code; the top, no parent)` },
    WORK_AREA: { description: `${GRID_LEVEL_LABELS.WORK_AREA} (work area grouping villages of one township, on the township's code)` },
    VILLAGE: { description: `${GRID_LEVEL_LABELS.VILLAGE}网格 (village or community grid, on a 12-digit village code; one per village)` },
    BASIC: { description: `${GRID_LEVEL_LABELS.BASIC} (basic grid, on its village's code; holds the 网格长, 2 网格指导员 and 网格员)` },
  },
});

export const GridDepartmentEnum = Object.fromEntries(Object.keys(GRID_DEPARTMENT_LABELS).map((code) => [code, code])) as Record<
  GridDepartment,
  GridDepartment
>;
registerEnumType(GridDepartmentEnum, {
  name: 'GridDepartment',
  description: '入格部门 (多网合一: a department whose matters a merged grid carries)',
  valuesMap: Object.fromEntries(
    Object.entries(GRID_DEPARTMENT_LABELS).map(([code, label]) => [code, { description: `${label} (${code.toLowerCase().replace(/_/g, ' ')})` }]),
  ) as Record<GridDepartment, { description: string }>,
});

export const GridRoleEnum: Record<GridRole, GridRole> = { CHIEF: 'CHIEF', INSTRUCTOR: 'INSTRUCTOR', WORKER: 'WORKER' };
registerEnumType(GridRoleEnum, {
  name: 'GridRole',
  description: '网格岗位 (role in a basic grid: 1 网格长, 2 网格指导员, 1 网格员)',
  valuesMap: {
    CHIEF: { description: `${GRID_ROLE_LABELS.CHIEF} (grid chief, usually the village branch secretary; 1 per basic grid)` },
    INSTRUCTOR: { description: `${GRID_ROLE_LABELS.INSTRUCTOR} (grid instructor; 2 per basic grid)` },
    WORKER: { description: `${GRID_ROLE_LABELS.WORKER} (grid worker; 1 per basic grid)` },
  },
});

@ObjectType('GridStaffing', { description: '网格配备情况 (active role holders of a basic grid against 1 网格长, 2 网格指导员, 1 网格员)' })
export class GridStaffingObject {
  @Field(() => Int, { description: '在岗网格长人数 (active grid chiefs, of 1)' })
  chiefs!: number;

  @Field(() => Int, { description: '在岗网格指导员人数 (active grid instructors, of 2)' })
  instructors!: number;

  @Field(() => Int, { description: '在岗网格员人数 (active grid workers, of 1)' })
  workers!: number;

  @Field(() => Boolean, { description: '是否配齐 (every seat filled: 1 + 2 + 1)' })
  complete!: boolean;
}

@ObjectType('Grid', { description: '网格 (a grid of the four-level tree 镇街 → 工作区 → 村居 → 基础网格)' })
@Directive('@key(fields: "id")')
export class GridObject {
  @Field(() => ID, { description: '网格编号 (grid id)' })
  id!: string;

  @Field({ description: '网格名称 (name, unique among its siblings)' })
  name!: string;

  @Field(() => GridLevelEnum, { description: '网格层级 (level)' })
  level!: GridLevel;

  @Field(() => ID, { nullable: true, description: '上级网格编号 (parent grid id; null for a township grid)' })
  parentId!: string | null;

  @Field(() => RegionCodeScalar, { description: '所在区划代码 (township code for 镇街 and 工作区, village code for 村居 and 基础网格)' })
  regionCode!: string;

  @Field(() => [GridDepartmentEnum], { description: '多网合一入格部门 (departments whose matters the grid carries)' })
  departments!: GridDepartment[];

  @Field(() => Int, { nullable: true, description: '覆盖户数 (households covered; null when unknown)' })
  households!: number | null;

  @Field(() => GridStaffingObject, { nullable: true, description: '网格配备情况 (basic grids only; null for the upper levels, which hold no roles)' })
  staffing!: GridStaffingObject | null;

  @Field({ description: '创建时间 (ISO 8601 timestamp, UTC)' })
  createdAt!: string;
}

@ObjectType('GridConnection', { description: '网格分页列表 (a page of grids)' })
export class GridConnection extends Connection(GridObject, 'Grid') {}

@ObjectType('GridRoleAssignment', { description: '网格岗位任职 (a person holding a role in a basic grid; ended roles are kept)' })
export class GridRoleAssignmentObject {
  @Field(() => ID, { description: '任职编号 (assignment id)' })
  id!: string;

  @Field(() => ID, { description: '所在网格编号 (the basic grid)' })
  gridId!: string;

  @Field(() => ID, { description: '人员编号 (the person’s id in the personnel subgraph)' })
  personId!: string;

  @Field({ description: '姓名 (name of the person)' })
  personName!: string;

  @Field(() => GridRoleEnum, { description: '网格岗位 (role)' })
  role!: GridRole;

  @Field(() => Int, { description: '席位 (seat of the role: 1, or 1–2 for the two instructors)' })
  seat!: number;

  @Field(() => LocalDateScalar, { description: '任职日期 (date the role began)' })
  assignedAt!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '离任日期 (date the role ended; null while active)' })
  endedAt!: string | null;

  @Field(() => Boolean, { description: '是否在岗 (active: not ended)' })
  active!: boolean;

  @Field({ description: '任命人 (who recorded the assignment)' })
  assignedBy!: string;

  @Field(() => String, { nullable: true, description: '免职登记人 (who ended the role)' })
  endedBy!: string | null;

  @Field(() => String, { nullable: true, description: '离任原因 (why the role ended)' })
  endReason!: string | null;
}

@ObjectType('GridRoleAssignmentConnection', { description: '网格岗位任职分页列表 (a page of grid role assignments)' })
export class GridRoleAssignmentConnection extends Connection(GridRoleAssignmentObject, 'GridRoleAssignment') {}

@InputType({ description: '新建网格 (create a grid)' })
export class CreateGridInput {
  @Field({ description: '网格名称 (1–60 characters, unique among the parent’s children)' })
  name!: string;

  @Field(() => GridLevelEnum, { description: '网格层级 (level)' })
  level!: GridLevel;

  @Field(() => ID, { nullable: true, description: '上级网格编号 (the grid exactly one level up; omit for a township grid)' })
  parentId?: string | null;

  @Field(() => RegionCodeScalar, { description: '所在区划代码 (township code for 镇街 and 工作区, village code for 村居 and 基础网格)' })
  regionCode!: string;

  @Field(() => [GridDepartmentEnum], { nullable: true, description: '入格部门 (多网合一 departments; default none)' })
  departments?: GridDepartment[] | null;

  @Field(() => Int, { nullable: true, description: '覆盖户数 (households covered, 0–1,000,000)' })
  households?: number | null;
}

@InputType({ description: '任命网格岗位 (give a person a role in a basic grid)' })
export class AssignGridRoleInput {
  @Field(() => ID, { description: '基础网格编号 (a basic grid within your scope)' })
  gridId!: string;

  @Field(() => ID, { description: '人员编号 (the person’s id in the personnel subgraph)' })
  personId!: string;

  @Field({ description: '姓名 (1–50 characters)' })
  personName!: string;

  @Field(() => GridRoleEnum, { description: '网格岗位 (role)' })
  role!: GridRole;

  @Field(() => LocalDateScalar, { nullable: true, description: '任职日期 (not in the future; default today)' })
  assignedAt?: string | null;
}
