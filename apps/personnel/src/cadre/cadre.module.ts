import { Module } from '@nestjs/common';
import { PartyMemberModule } from '../party-member/party-member.module';
import { CadreProfileService } from './cadre-profile.service';
import { CadrePostResolver, CadreReviewsResolver } from './cadre-post.resolver';
import { CadrePostService } from './cadre-post.service';
import { CadreRecordResolver } from './cadre-record.resolver';
import { CadreRecordService } from './cadre-record.service';
import { CADRE_REPOSITORIES } from './cadre.repository';
import { CadreResolver } from './cadre.resolver';
import { CadreService } from './cadre.service';
import { CadreDutyLinesResolver, DutyLineResolver } from './duty-line.resolver';
import { DutyLineService } from './duty-line.service';
import { RegionCadresResolver } from './region-cadres.resolver';

@Module({
  imports: [PartyMemberModule],
  providers: [
    ...CADRE_REPOSITORIES,
    CadreService,
    CadrePostService,
    CadreRecordService,
    DutyLineService,
    CadreProfileService,
    CadreResolver,
    CadrePostResolver,
    CadreReviewsResolver,
    CadreRecordResolver,
    DutyLineResolver,
    CadreDutyLinesResolver,
    RegionCadresResolver,
  ],
  exports: [CadreService],
})
export class CadreModule {}
