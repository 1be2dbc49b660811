import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, MoneyScalar, RegionCodeScalar } from '@grassroots/graphql';
import { RegionRef } from '../region/region.ref';
import { type IncomeClass } from './income-class.util';

export const IncomeClassEnum: Record<IncomeClass, IncomeClass> = { EMPTY: 'EMPTY', WEAK: 'WEAK', STANDARD: 'STANDARD', STRONG: 'STRONG' };
registerEnumType(IncomeClassEnum, {
  name: 'IncomeClass',
  description: '村集体经济分类 (class of a village by its annual collective operating income)',
  valuesMap: {
    EMPTY: { description: '空白村 (no income: 0 yuan)' },
    WEAK: { description: '薄弱村 (below 50,000 yuan)' },
    STANDARD: { description: '达标村 (50,000 yuan up to, not including, 500,000 yuan)' },
    STRONG: { description: '强村 (500,000 yuan or more)' },
  },
});

@ObjectType('CollectiveIncome', { description: '村集体经营性收入 (a village collective’s operating income for one year)' })
@Directive('@key(fields: "id")')
export class CollectiveIncomeObject {
  @Field(() => ID, { description: '记录编号 (record id)' })
  id!: string;

  @Field(() => RegionRef, { description: '所在村(社区) (the village whose collective earned the income)' })
  region!: RegionRef;

  @Field(() => Int, { description: '年度 (year)' })
  year!: number;

  @Field(() => MoneyScalar, { description: '经营性收入 (operating income in yuan)' })
  amount!: number;

  @Field(() => IncomeClassEnum, { description: '分类 (class, from the amount)' })
  incomeClass!: IncomeClass;

  @Field(() => LocalDateScalar, { description: '登记日期 (date recorded)' })
  recordedAt!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '更正日期 (date of the latest correction; null if never corrected)' })
  correctedAt!: string | null;
}

@ObjectType('CollectiveIncomeConnection', { description: '村集体经营性收入分页列表 (a page of collective incomes)' })
export class CollectiveIncomeConnection extends Connection(CollectiveIncomeObject, 'CollectiveIncome') {}

@InputType({ description: '登记村集体经营性收入 (record a village’s collective operating income for a year)' })
export class RecordCollectiveIncomeInput {
  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field(() => Int, { description: '年度 (2000 up to the current year; one record per village and year)' })
  year!: number;

  @Field(() => MoneyScalar, { description: '经营性收入 (operating income in yuan, 0.00 or more)' })
  amount!: number;
}
