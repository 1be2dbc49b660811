import { Module } from '@nestjs/common';
import { RegionIncomesResolver } from '../region/region-incomes.resolver';
import { CollectiveIncomeRepository } from './collective-income.repository';
import { CollectiveIncomeResolver } from './collective-income.resolver';
import { CollectiveIncomeService } from './collective-income.service';

@Module({
  providers: [CollectiveIncomeRepository, CollectiveIncomeService, CollectiveIncomeResolver, RegionIncomesResolver],
  exports: [CollectiveIncomeService],
})
export class CollectiveIncomeModule {}
