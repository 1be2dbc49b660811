import { type DynamicModule, Module } from '@nestjs/common';
import { type SubgraphConfig, SubgraphPlatformModule } from '@grassroots/subgraph';
import { BranchDirectoryModule } from './branch-directory/branch-directory.module';
import { CadreModule } from './cadre/cadre.module';
import { DispatchedCadreModule } from './dispatched-cadre/dispatched-cadre.module';
import { HouseholdLinkModule } from './household-link/household-link.module';
import { MembershipPipelineModule } from './membership-pipeline/membership-pipeline.module';
import { PERSONNEL_ENTITIES, PERSONNEL_MIGRATIONS, PERSONNEL_MIGRATIONS_PATH } from './orm';
import { PartyMemberModule } from './party-member/party-member.module';
import { RepresentativeModule } from './representative/representative.module';
import { TalentPoolModule } from './talent-pool/talent-pool.module';
import { VillageTypeModule } from './village-type/village-type.module';

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
        BranchDirectoryModule,
        PartyMemberModule,
        MembershipPipelineModule,
        CadreModule,
        DispatchedCadreModule,
        VillageTypeModule,
        TalentPoolModule,
        RepresentativeModule,
        HouseholdLinkModule,
      ],
    };
  }
}
