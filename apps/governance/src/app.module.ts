import { type DynamicModule, Module } from '@nestjs/common';
import { type SubgraphConfig, SubgraphPlatformModule } from '@grassroots/subgraph';
import { GOVERNANCE_ENTITIES, GOVERNANCE_MIGRATIONS, GOVERNANCE_MIGRATIONS_PATH } from './orm';
import { VillageMatterModule } from './village-matter/village-matter.module';

/** 治理事务 subgraph: what villages decide and what residents raise. */
@Module({})
export class GovernanceAppModule {
  static forRoot(config: SubgraphConfig): DynamicModule {
    return {
      module: GovernanceAppModule,
      imports: [
        SubgraphPlatformModule.forRoot({
          config,
          entities: GOVERNANCE_ENTITIES,
          migrations: GOVERNANCE_MIGRATIONS,
          migrationsPath: GOVERNANCE_MIGRATIONS_PATH,
        }),
        VillageMatterModule,
      ],
    };
  }
}
