import { Module } from '@nestjs/common';
import { RegionRepository } from './region.repository';
import { RegionResolver } from './region.resolver';
import { RegionService } from './region.service';

@Module({
  providers: [RegionRepository, RegionService, RegionResolver],
  exports: [RegionRepository, RegionService],
})
export class RegionModule {}
