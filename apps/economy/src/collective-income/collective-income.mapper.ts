import { type CollectiveIncome } from './collective-income.entity';
import { CollectiveIncomeObject } from './collective-income.object';
import { incomeClassOf } from './income-class.util';

export function toCollectiveIncomeObject(income: CollectiveIncome): CollectiveIncomeObject {
  return Object.assign(new CollectiveIncomeObject(), {
    id: income.id,
    region: { code: income.regionCode },
    year: income.year,
    amount: income.amount,
    incomeClass: incomeClassOf(income.amount),
    recordedAt: income.recordedAt,
    correctedAt: income.correctedAt,
  });
}
