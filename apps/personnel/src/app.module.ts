import { type DynamicModule, Module } from '@nestjs/common';
import { type SubgraphConfig, SubgraphPlatformModule } from '@grassroots/subgraph';
import { PERSONNEL_ENTITIES, PERSONNEL_MIGRATIONS, PERSONNEL_MIGRATIONS_PATH } from './orm';
import { PartyMemberModule } from './party-member/party-member.module';

/** 人员 subgraph: party members, cadres, representatives and their links to households. */
@Module({})
export class PersonnelAppModule {
  static forRoot(config: SubgraphConfig): DynamicModule {
    return {
      module: PersonnelAppModule,
      imports: [
        SubgraphPlatformModule.forRoot({
          config,
          entities: PERSONNEL_ENTITIES,
          migrations: PERSONNEL_MIGRATIONS,
          migrationsPath: PERSONNEL_MIGRATIONS_PATH,
        }),
        PartyMemberModule,
      ],
    };
  }
}
