import { Module } from '@nestjs/common';
import { BranchDirectoryModule } from '../branch-directory/branch-directory.module';
import { RegionMembersResolver } from '../region/region-members.resolver';
import { AnnualRecordRepository, MemberDepartureRepository, MemberDispositionRepository, MemberTransferRepository } from './member-history.repository';
import { MemberHistoryResolver } from './member-history.resolver';
import { MemberHistoryService } from './member-history.service';
import { MemberTransferFollowers } from './member-transfer.followers';
import { PartyMemberRepository } from './party-member.repository';
import { PartyMemberResolver } from './party-member.resolver';
import { PartyMemberService } from './party-member.service';
import { PartyOrganizationMembersResolver } from './party-organization-members.resolver';
import { SensitiveFieldService, sensitiveDataCipherProvider } from './sensitive-field.service';
import { SensitiveReadRepository } from './sensitive-read.repository';
import { SensitiveReadResolver } from './sensitive-read.resolver';

@Module({
  imports: [BranchDirectoryModule],
  providers: [
    sensitiveDataCipherProvider,
    SensitiveReadRepository,
    SensitiveFieldService,
    SensitiveReadResolver,
    PartyMemberRepository,
    PartyMemberService,
    PartyMemberResolver,
    MemberTransferRepository,
    MemberDepartureRepository,
    MemberDispositionRepository,
    AnnualRecordRepository,
    MemberTransferFollowers,
    MemberHistoryService,
    MemberHistoryResolver,
    PartyOrganizationMembersResolver,
    RegionMembersResolver,
  ],
  exports: [PartyMemberService, SensitiveFieldService, MemberTransferFollowers],
})
export class PartyMemberModule {}
