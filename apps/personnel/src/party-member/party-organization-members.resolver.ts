import { Args, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { masksPersonalData } from '../shared/personal-data';
import { batchedPage } from '../shared/batched-page';
import { toPartyMemberObject } from './party-member.mapper';
import { PartyMemberConnection } from './party-member.object';
import { PartyMemberService } from './party-member.service';
import { PartyOrganizationRef } from './party-organization.ref';

@Resolver(() => PartyOrganizationRef)
export class PartyOrganizationMembersResolver {
  constructor(private readonly memberService: PartyMemberService) {}

  // Hundreds of organizations in one `_entities` call cost two SQL statements (see the batching spec).
  @ResolveField(() => PartyMemberConnection, { description: '本组织党员 (members of this branch within your scope, by name)' })
  async members(
    @Parent() organization: PartyOrganizationRef,
    @Args() page: PageArgs,
    @Args('includeLeft', { type: () => Boolean, nullable: true, defaultValue: false, description: '含已离开党员 (include members who left; default false)' })
    includeLeft: boolean | null,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<PartyMemberConnection> {
    const caller = userCallerOf(context);
    const withLeft = includeLeft ?? false;
    const found = await batchedPage(
      context,
      `party-organization-members:${withLeft}`,
      organization.id,
      page,
      (ids) => this.memberService.firstPagesOfBranches(caller, ids, withLeft, page.first),
      () => this.memberService.listOfBranch(caller, organization.id, withLeft, page),
    );
    const masked = masksPersonalData(caller);
    return toConnection(found, (member) => toPartyMemberObject(member, masked));
  }

  @ResolveReference()
  resolveReference(reference: { id: string }): PartyOrganizationRef {
    return { id: reference.id };
  }
}
