import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { GridRoleAssignment } from './grid-role-assignment.entity';
import { Grid } from './grid.entity';
import { WritableRegionRepository } from './writable-region.repository';

@Injectable()
export class GridRepository extends WritableRegionRepository<Grid> {
  constructor(em: EntityManager) {
    super(em, Grid, 'Grid');
  }
}

@Injectable()
export class GridRoleAssignmentRepository extends WritableRegionRepository<GridRoleAssignment> {
  constructor(em: EntityManager) {
    super(em, GridRoleAssignment, 'Grid role assignment');
  }
}
