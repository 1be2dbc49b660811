import { type DynamicModule, Module } from '@nestjs/common';
import { type SubgraphConfig, SubgraphPlatformModule } from '@grassroots/subgraph';
import { CollectiveIncomeModule } from './collective-income/collective-income.module';
import { ECONOMY_ENTITIES, ECONOMY_MIGRATIONS, ECONOMY_MIGRATIONS_PATH } from './orm';

/** 集体经济 subgraph: the village collectives' three assets, income, cooperatives and vouchers. */
@Module({})
export class EconomyAppModule {
  static forRoot(config: SubgraphConfig): DynamicModule {
    return {
      module: EconomyAppModule,
      imports: [
        SubgraphPlatformModule.forRoot({
          config,
          entities: ECONOMY_ENTITIES,
          migrations: ECONOMY_MIGRATIONS,
          migrationsPath: ECONOMY_MIGRATIONS_PATH,
        }),
        CollectiveIncomeModule,
      ],
    };
  }
}
