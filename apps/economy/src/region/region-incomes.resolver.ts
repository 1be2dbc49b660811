import { Args, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { toCollectiveIncomeObject } from '../collective-income/collective-income.mapper';
import { CollectiveIncomeConnection } from '../collective-income/collective-income.object';
import { CollectiveIncomeService } from '../collective-income/collective-income.service';
import { RegionRef } from './region.ref';

@Resolver(() => RegionRef)
export class RegionIncomesResolver {
  constructor(private readonly incomeService: CollectiveIncomeService) {}

  @ResolveField(() => CollectiveIncomeConnection, {
    description: '该区划内的村集体经营性收入 (income records in this region and below, within your scope, latest year first)',
  })
  async collectiveIncomes(
    @Parent() region: RegionRef,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
  ): Promise<CollectiveIncomeConnection> {
    return toConnection(await this.incomeService.list(caller, { within: region.code }, page), toCollectiveIncomeObject);
  }

  @ResolveReference()
  resolveReference(reference: { code: string }): RegionRef {
    return { code: reference.code };
  }
}
