import { Args, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { batchedPage } from '../shared/batched-page';
import { toPartyMemberObject } from '../party-member/party-member.mapper';
import { PartyMemberConnection } from '../party-member/party-member.object';
import { PartyMemberService } from '../party-member/party-member.service';
import { masksPersonalData } from '../shared/personal-data';
import { RegionRef } from './region.ref';

@Resolver(() => RegionRef)
export class RegionMembersResolver {
  constructor(private readonly members: PartyMemberService) {}

  // The first page for hundreds of regions costs two SQL statements per code length.
  @ResolveField(() => PartyMemberConnection, {
    description: '该区划内的党员 (party members in this region and below, within your scope, by village; idNumber and phone masked unless your role may read them)',
  })
  async partyMembers(
    @Parent() region: RegionRef,
    @Args() page: PageArgs,
    @Args('includeLeft', { type: () => Boolean, nullable: true, defaultValue: false, description: '含已离开党员 (include members who left; default false)' })
    includeLeft: boolean | null,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<PartyMemberConnection> {
    const caller = userCallerOf(context);
    const withLeft = includeLeft ?? false;
    const found = await batchedPage(
      context,
      `region-party-members:${withLeft}`,
      region.code,
      page,
      (codes) => this.members.firstPagesOfRegions(caller, codes, withLeft, page.first),
      () => this.members.list(caller, region.code, withLeft, page),
    );
    const masked = masksPersonalData(caller);
    return toConnection(found, (member) => toPartyMemberObject(member, masked));
  }

  @ResolveReference()
  resolveReference(reference: { code: string }): RegionRef {
    return { code: reference.code };
  }
}
