import { Module } from '@nestjs/common';
import { VillageTypePeriodRepository } from './village-type.repository';
import { VillageTypeResolver } from './village-type.resolver';
import { VillageTypeService } from './village-type.service';
import { WeakVillageHandler } from './weak-village.handler';

@Module({ providers: [VillageTypePeriodRepository, VillageTypeService, VillageTypeResolver, WeakVillageHandler] })
export class VillageTypeModule {}
