import { Module } from '@nestjs/common';
import { RegionMattersResolver } from '../region/region-matters.resolver';
import { VillageMatterRepository } from './village-matter.repository';
import { VillageMatterResolver } from './village-matter.resolver';
import { VillageMatterService } from './village-matter.service';

@Module({
  providers: [VillageMatterRepository, VillageMatterService, VillageMatterResolver, RegionMattersResolver],
  exports: [VillageMatterService],
})
export class VillageMatterModule {}
