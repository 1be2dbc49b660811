import { Args, ID, Int, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { MoneyScalar, PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { byKeys, CurrentCaller, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { type CollectiveIncome } from './collective-income.entity';
import { toCollectiveIncomeObject } from './collective-income.mapper';
import { CollectiveIncomeConnection, CollectiveIncomeObject, IncomeClassEnum, RecordCollectiveIncomeInput } from './collective-income.object';
import { CollectiveIncomeService } from './collective-income.service';
import { type IncomeClass } from './income-class.util';

@Resolver(() => CollectiveIncomeObject)
export class CollectiveIncomeResolver {
  constructor(private readonly incomeService: CollectiveIncomeService) {}

  @Query(() => CollectiveIncomeObject, { description: '按编号查询村集体经营性收入 (one income record within your scope)' })
  async collectiveIncome(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '记录编号' }) id: string,
  ): Promise<CollectiveIncomeObject> {
    return toCollectiveIncomeObject(await this.incomeService.get(caller, id));
  }

  @Query(() => CollectiveIncomeConnection, {
    description: '村集体经营性收入列表 (income records within your scope, latest year first, then by village)',
  })
  async collectiveIncomes(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('year', { type: () => Int, nullable: true, description: '年度 (only this year)' }) year?: number | null,
    @Args('incomeClass', { type: () => IncomeClassEnum, nullable: true, description: '分类 (only villages of this class)' })
    incomeClass?: IncomeClass | null,
  ): Promise<CollectiveIncomeConnection> {
    return toConnection(await this.incomeService.list(caller, { within, year, incomeClass }, page), toCollectiveIncomeObject);
  }

  @Mutation(() => CollectiveIncomeObject, {
    description:
      '登记村集体经营性收入 (record a village’s income for a year; a second record of the same year is CONFLICT: correct it instead). ' +
      'Roles: agriculture, township-officer',
  })
  async recordCollectiveIncome(
    @CurrentCaller() caller: Caller,
    @Args('input', { description: '收入登记' }) input: RecordCollectiveIncomeInput,
  ): Promise<CollectiveIncomeObject> {
    return toCollectiveIncomeObject(await this.incomeService.record(caller, input));
  }

  @Mutation(() => CollectiveIncomeObject, {
    description: '更正村集体经营性收入 (correct the amount of a recorded income). Roles: agriculture, township-officer',
  })
  async correctCollectiveIncome(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '记录编号' }) id: string,
    @Args('amount', { type: () => MoneyScalar, description: '更正后的经营性收入 (the corrected amount in yuan, 0.00 or more)' }) amount: number,
  ): Promise<CollectiveIncomeObject> {
    return toCollectiveIncomeObject(await this.incomeService.correct(caller, id, amount));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<CollectiveIncomeObject | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, CollectiveIncome | null>(context, 'collective-income', async (ids) =>
      byKeys(ids, await this.incomeService.getMany(caller, ids), (income) => income.id),
    );
    const income = await loader.load(reference.id.toLowerCase());
    return income ? toCollectiveIncomeObject(income) : null;
  }
}
