import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { byKeys, CurrentCaller, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { type PartyMember } from './party-member.entity';
import { toPartyMemberObject } from './party-member.mapper';
import { PartyMemberConnection, PartyMemberObject, RegisterPartyMemberInput } from './party-member.object';
import { PartyMemberService } from './party-member.service';

@Resolver(() => PartyMemberObject)
export class PartyMemberResolver {
  constructor(private readonly members: PartyMemberService) {}

  @Query(() => PartyMemberObject, { description: '按编号查询党员 (one party member within your scope)' })
  async partyMember(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID, description: '党员编号' }) id: string) {
    return toPartyMemberObject(await this.members.get(caller, id));
  }

  @Query(() => PartyMemberConnection, { description: '党员列表 (party members within your scope, by village then id)' })
  async partyMembers(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
  ): Promise<PartyMemberConnection> {
    return toConnection(await this.members.list(caller, within, page), toPartyMemberObject);
  }

  @Mutation(() => PartyMemberObject, {
    description: '登记党员 (register a party member; publishes personnel.member.joined.v1). Roles: organization-dept, township-officer',
  })
  async registerPartyMember(
    @CurrentCaller() caller: Caller,
    @Args('input', { description: '党员信息 (the member to register)' }) input: RegisterPartyMemberInput,
  ) {
    return toPartyMemberObject(await this.members.register(caller, input));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<PartyMemberObject | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, PartyMember | null>(context, 'party-member', async (ids) =>
      byKeys(ids, await this.members.getMany(caller, ids), (member) => member.id),
    );
    const member = await loader.load(reference.id);
    return member ? toPartyMemberObject(member) : null;
  }
}
