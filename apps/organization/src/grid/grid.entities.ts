import { type EntityClass } from '@mikro-orm/postgresql';
import { GridRoleAssignment } from './grid-role-assignment.entity';
import { Grid } from './grid.entity';

/** The grid tables, registered in the organization subgraph's ORM (see ../orm.ts). */
export const GRID_ENTITIES: EntityClass<object>[] = [Grid, GridRoleAssignment];
