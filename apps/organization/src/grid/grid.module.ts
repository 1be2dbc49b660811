import { Module } from '@nestjs/common';
import { RegionModule } from '../region/region.module';
import { GridRoleResolver } from './grid-role.resolver';
import { GridRoleService } from './grid-role.service';
import { GridRepository, GridRoleAssignmentRepository } from './grid.repository';
import { GridResolver } from './grid.resolver';
import { GridService } from './grid.service';
import { RegionGridsResolver } from './region-grids.resolver';

@Module({
  imports: [RegionModule],
  providers: [GridRepository, GridRoleAssignmentRepository, GridService, GridRoleService, GridResolver, GridRoleResolver, RegionGridsResolver],
  exports: [GridService],
})
export class GridModule {}
