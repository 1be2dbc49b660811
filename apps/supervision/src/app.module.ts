import { type DynamicModule, Module } from '@nestjs/common';
import { type SubgraphConfig, SubgraphPlatformModule } from '@grassroots/subgraph';
import { AuditModule } from './audit/audit.module';
import { SUPERVISION_ENTITIES, SUPERVISION_MIGRATIONS, SUPERVISION_MIGRATIONS_PATH } from './orm';

/** 监督 subgraph: inspections 巡察, audits 审计 and the rectification they lead to. */
@Module({})
export class SupervisionAppModule {
  static forRoot(config: SubgraphConfig): DynamicModule {
    return {
      module: SupervisionAppModule,
      imports: [
        SubgraphPlatformModule.forRoot({
          config,
          entities: SUPERVISION_ENTITIES,
          migrations: SUPERVISION_MIGRATIONS,
          migrationsPath: SUPERVISION_MIGRATIONS_PATH,
        }),
        AuditModule,
      ],
    };
  }
}
