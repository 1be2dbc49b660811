import { Module } from '@nestjs/common';
import { BranchDirectoryModule } from '../branch-directory/branch-directory.module';
import { PartyMemberModule } from '../party-member/party-member.module';
import { PipelinePersonRepository, PipelineStageRecordRepository } from './membership-pipeline.repository';
import { MembershipPipelineResolver } from './membership-pipeline.resolver';
import { MembershipPipelineService } from './membership-pipeline.service';
import { PartyOrganizationPipelineResolver } from './party-organization-pipeline.resolver';

@Module({
  imports: [PartyMemberModule, BranchDirectoryModule],
  providers: [PipelinePersonRepository, PipelineStageRecordRepository, MembershipPipelineService, MembershipPipelineResolver, PartyOrganizationPipelineResolver],
})
export class MembershipPipelineModule {}
