import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

// The organization subgraph owns PartyOrganization; personnel adds people to it (members,
// pipeline, cadres...). Other personnel folders add fields with `@Resolver(() => PartyOrganizationRef)`
// and `@ResolveField`; the one `@ResolveReference` lives in party-organization-members.resolver.ts.
@ObjectType('PartyOrganization', { description: '党组织 (a party organization; owned by the organization subgraph)' })
@Directive('@key(fields: "id")')
export class PartyOrganizationRef {
  @Field(() => ID, { description: '党组织编号 (organization id)' })
  id!: string;
}
