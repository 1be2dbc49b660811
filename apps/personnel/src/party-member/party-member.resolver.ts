import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { byKeys, CurrentCaller, loaderFor, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { masksPersonalData } from '../shared/personal-data';
import { type PartyMember } from './party-member.entity';
import { toPartyMemberObject } from './party-member.mapper';
import { PartyMemberConnection, PartyMemberObject, RegisterPartyMemberInput } from './party-member.object';
import { PartyMemberService } from './party-member.service';
import { SensitiveFieldService } from './sensitive-field.service';

@Resolver(() => PartyMemberObject)
export class PartyMemberResolver {
  constructor(
    private readonly members: PartyMemberService,
    private readonly sensitive: SensitiveFieldService,
  ) {}

  @Query(() => PartyMemberObject, { description: '按编号查询党员 (one party member within your scope)' })
  async partyMember(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID, description: '党员编号' }) id: string) {
    return toPartyMemberObject(await this.members.get(caller, id), masksPersonalData(caller));
  }

  @Query(() => PartyMemberConnection, { description: '党员列表 (party members within your scope, by village then id)' })
  async partyMembers(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('includeLeft', { type: () => Boolean, nullable: true, defaultValue: false, description: '含已离开党员 (include members who left; default false)' })
    includeLeft?: boolean | null,
  ): Promise<PartyMemberConnection> {
    const masked = masksPersonalData(caller);
    return toConnection(await this.members.list(caller, within, includeLeft ?? false, page), (member) => toPartyMemberObject(member, masked));
  }

  @Query(() => PartyMemberObject, {
    description: '按身份证号码查询党员 (exact lookup through the keyed hash; the current record first; a lookup that finds someone is recorded in the sensitive-read log as ID_LOOKUP). Roles: organization-dept, discipline',
  })
  async partyMemberByIdNumber(
    @CurrentCaller() caller: Caller,
    @Args('idNumber', { type: () => String, description: '身份证号码 (18 characters, check character verified)' }) idNumber: string,
  ): Promise<PartyMemberObject> {
    return toPartyMemberObject(await this.members.findByIdNumber(caller, idNumber), masksPersonalData(caller));
  }

  @Mutation(() => PartyMemberObject, {
    description: '登记党员 (register a party member; publishes personnel.member.joined.v1). Roles: organization-dept, township-officer',
  })
  async registerPartyMember(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RegisterPartyMemberInput, description: '党员信息 (the member to register)' }) input: RegisterPartyMemberInput,
  ) {
    return toPartyMemberObject(await this.members.register(caller, input), masksPersonalData(caller));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: '身份证号码 (masked as 421181********1234 unless your role may read personal data: organization-dept, discipline; each unmasked read is recorded)',
  })
  idNumber(@Parent() member: PartyMemberObject, @RequestContextArg() context: SubgraphContext): Promise<string | null> {
    return this.sensitive.reveal(context, member.sealedIdNumber);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: '联系电话 (masked as 138****5678 unless your role may read personal data: organization-dept, discipline; each unmasked read is recorded)',
  })
  phone(@Parent() member: PartyMemberObject, @RequestContextArg() context: SubgraphContext): Promise<string | null> {
    return this.sensitive.reveal(context, member.sealedPhone);
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<PartyMemberObject | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, PartyMember | null>(context, 'party-member', async (ids) =>
      byKeys(ids, await this.members.getMany(caller, ids), (member) => member.id),
    );
    const member = await loader.load(reference.id);
    return member ? toPartyMemberObject(member, masksPersonalData(caller)) : null;
  }
}
