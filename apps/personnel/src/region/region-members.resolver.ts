import { Args, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { toPartyMemberObject } from '../party-member/party-member.mapper';
import { PartyMemberConnection } from '../party-member/party-member.object';
import { PartyMemberService } from '../party-member/party-member.service';
import { RegionRef } from './region.ref';

@Resolver(() => RegionRef)
export class RegionMembersResolver {
  constructor(private readonly members: PartyMemberService) {}

  @ResolveField(() => PartyMemberConnection, { description: '该区划内的党员 (party members in this region and below, within your scope)' })
  async partyMembers(@Parent() region: RegionRef, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<PartyMemberConnection> {
    return toConnection(await this.members.list(caller, region.code, page), toPartyMemberObject);
  }

  @ResolveReference()
  resolveReference(reference: { code: string }): RegionRef {
    return { code: reference.code };
  }
}
