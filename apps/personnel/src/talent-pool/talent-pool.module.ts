import { Module } from '@nestjs/common';
import { TalentRecordChangeRepository, TalentRecordRepository } from './talent-pool.repository';
import { TalentPoolResolver } from './talent-pool.resolver';
import { TalentPoolService } from './talent-pool.service';

@Module({ providers: [TalentRecordRepository, TalentRecordChangeRepository, TalentPoolService, TalentPoolResolver] })
export class TalentPoolModule {}
