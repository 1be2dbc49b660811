import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { GridRoleAssignment } from './grid-role-assignment.entity';
import { Grid } from './grid.entity';
import { RegionScopedRepository } from '@grassroots/persistence';

@Injectable()
export class GridRepository extends RegionScopedRepository<Grid> {
  constructor(em: EntityManager) {
    super(em, Grid, 'Grid');
  }
}

@Injectable()
export class GridRoleAssignmentRepository extends RegionScopedRepository<GridRoleAssignment> {
  constructor(em: EntityManager) {
    super(em, GridRoleAssignment, 'Grid role assignment');
  }
}
