import { Module } from '@nestjs/common';
import { RegionMembersResolver } from '../region/region-members.resolver';
import { PartyMemberRepository } from './party-member.repository';
import { PartyMemberResolver } from './party-member.resolver';
import { PartyMemberService } from './party-member.service';

@Module({
  providers: [PartyMemberRepository, PartyMemberService, PartyMemberResolver, RegionMembersResolver],
  exports: [PartyMemberService],
})
export class PartyMemberModule {}
