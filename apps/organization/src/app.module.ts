import { type DynamicModule, Module } from '@nestjs/common';
import { type SubgraphConfig, SubgraphPlatformModule } from '@grassroots/subgraph';
import { GridModule } from './grid/grid.module';
import { MembershipTallyModule } from './membership-tally/membership-tally.module';
import { ORGANIZATION_ENTITIES, ORGANIZATION_MIGRATIONS, ORGANIZATION_MIGRATIONS_PATH } from './orm';
import { PartyOrganizationModule } from './party-organization/party-organization.module';
import { RectificationModule } from './rectification/rectification.module';
import { RegionModule } from './region/region.module';
import { SocialOrganizationModule } from './social-organization/social-organization.module';
import { StarRatingModule } from './star-rating/star-rating.module';
import { StatisticsModule } from './statistics/statistics.module';

/** 组织 subgraph: the region tree and party organizations that every other subgraph extends. */
@Module({})
export class OrganizationAppModule {
  static forRoot(config: SubgraphConfig): DynamicModule {
    return {
      module: OrganizationAppModule,
      imports: [
        SubgraphPlatformModule.forRoot({
          config,
          entities: ORGANIZATION_ENTITIES,
          migrations: ORGANIZATION_MIGRATIONS,
          migrationsPath: ORGANIZATION_MIGRATIONS_PATH,
        }),
        RegionModule,
        MembershipTallyModule,
        PartyOrganizationModule,
        GridModule,
        SocialOrganizationModule,
        RectificationModule,
        StarRatingModule,
        StatisticsModule,
      ],
    };
  }
}
