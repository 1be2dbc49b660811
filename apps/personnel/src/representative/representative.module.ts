import { Module } from '@nestjs/common';
import { PartyMemberModule } from '../party-member/party-member.module';
import { RegionRepresentativesResolver } from './region-representatives.resolver';
import { RepresentativePointChangeRepository, RepresentativeStatusChangeRepository, VillageRepresentativeRepository } from './representative.repository';
import { RepresentativePointsResolver } from './representative-points.resolver';
import { RepresentativePointsService } from './representative-points.service';
import { RepresentativeResolver } from './representative.resolver';
import { RepresentativeService } from './representative.service';

@Module({
  imports: [PartyMemberModule],
  providers: [
    VillageRepresentativeRepository,
    RepresentativePointChangeRepository,
    RepresentativeStatusChangeRepository,
    RepresentativeService,
    RepresentativePointsService,
    RepresentativeResolver,
    RepresentativePointsResolver,
    RegionRepresentativesResolver,
  ],
  exports: [RepresentativeService],
})
export class RepresentativeModule {}
