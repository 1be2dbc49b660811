import { Args, ID, Int, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { LocalDateScalar, PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, type SubgraphContext } from '@grassroots/subgraph';
import { PartyOrganizationCommandService } from './party-organization-command.service';
import { PartyOrganizationDissolutionService } from './party-organization-dissolution.service';
import { type PartyOrganizationForm, type PartyOrganizationKind } from './party-organization-hierarchy.util';
import { CreatePartyOrganizationInput, DissolveChildrenInput } from './party-organization.input';
import { PartyOrganizationLoaders } from './party-organization.loaders';
import { toPartyOrganizationObject } from './party-organization.mapper';
import {
  PartyOrganizationConnection,
  PartyOrganizationFormEnum,
  PartyOrganizationKindEnum,
  PartyOrganizationObject,
  PartyOrganizationTreeObject,
} from './party-organization.object';
import { PartyOrganizationService, TREE_DEFAULT_DEPTH, TREE_MAX_DEPTH } from './party-organization.service';

const WRITERS = 'Roles: organization-dept, township-officer (township and below)';

@Resolver(() => PartyOrganizationObject)
export class PartyOrganizationResolver {
  constructor(
    private readonly organizations: PartyOrganizationService,
    private readonly commands: PartyOrganizationCommandService,
    private readonly dissolution: PartyOrganizationDissolutionService,
    private readonly loaders: PartyOrganizationLoaders,
  ) {}

  @Query(() => PartyOrganizationObject, { description: '按编号查询党组织 (one party organization within your scope)' })
  async partyOrganization(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '党组织编号' }) id: string,
  ): Promise<PartyOrganizationObject> {
    return toPartyOrganizationObject(await this.organizations.get(caller, id));
  }

  @Query(() => PartyOrganizationConnection, { description: '党组织列表 (organizations within your scope, by region then name)' })
  async partyOrganizations(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
    @Args('kind', { type: () => PartyOrganizationKindEnum, nullable: true, description: '类别 (only this rank)' }) kind?: PartyOrganizationKind | null,
    @Args('form', { type: () => PartyOrganizationFormEnum, nullable: true, description: '形态 (only this form)' }) form?: PartyOrganizationForm | null,
    @Args('includeDissolved', { type: () => Boolean, nullable: true, defaultValue: false, description: '含已撤销 (also dissolved ones)' })
    includeDissolved?: boolean | null,
  ): Promise<PartyOrganizationConnection> {
    return toConnection(await this.organizations.list(caller, { within, kind, form, includeDissolved }, page), toPartyOrganizationObject);
  }

  @Query(() => PartyOrganizationTreeObject, {
    description: '党组织树 (an organization and its descendants, e.g. 村党组织—村民小组党小组—党员联系户 or 街道大工委 down to 党员中心户)',
  })
  async partyOrganizationTree(
    @CurrentCaller() caller: Caller,
    @Args('rootId', { type: () => ID, description: '根党组织编号 (the organization at the top of the tree)' }) rootId: string,
    @Args('depth', {
      type: () => Int,
      nullable: true,
      defaultValue: TREE_DEFAULT_DEPTH,
      description: `层数 (levels below the root, 0–${TREE_MAX_DEPTH}, default ${TREE_DEFAULT_DEPTH})`,
    })
    depth?: number | null,
    @Args('includeDissolved', { type: () => Boolean, nullable: true, defaultValue: false, description: '含已撤销 (also dissolved ones)' })
    includeDissolved?: boolean | null,
  ): Promise<PartyOrganizationTreeObject> {
    const tree = await this.organizations.tree(caller, rootId, depth, Boolean(includeDissolved));
    return {
      truncated: tree.truncated,
      nodes: tree.nodes.map((node) => ({ depth: node.depth, parentId: node.parentId, organization: toPartyOrganizationObject(node.organization) })),
    };
  }

  @Mutation(() => PartyOrganizationObject, {
    description: `成立党组织 (set up a party organization; publishes organization.organization.created.v1). ${WRITERS}`,
  })
  async createPartyOrganization(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => CreatePartyOrganizationInput, description: '党组织信息 (the organization to set up)' })
    input: CreatePartyOrganizationInput,
  ): Promise<PartyOrganizationObject> {
    return toPartyOrganizationObject(await this.commands.create(caller, input));
  }

  @Mutation(() => PartyOrganizationObject, { description: `党组织更名 (rename an active organization; recorded in its changes). ${WRITERS}` })
  async renamePartyOrganization(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '党组织编号' }) id: string,
    @Args('name', { type: () => String, description: '新名称 (1–100 characters)' }) name: string,
  ): Promise<PartyOrganizationObject> {
    return toPartyOrganizationObject(await this.commands.rename(caller, id, name));
  }

  @Mutation(() => PartyOrganizationObject, {
    description: `调整隶属关系 (move under another parent, or to the top level with null; publishes organization.organization.moved.v1). ${WRITERS}`,
  })
  async movePartyOrganization(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '党组织编号' }) id: string,
    @Args('newParentId', { type: () => ID, nullable: true, description: '新上级党组织编号 (null: the top level)' }) newParentId?: string | null,
  ): Promise<PartyOrganizationObject> {
    return toPartyOrganizationObject(await this.commands.move(caller, id, newParentId));
  }

  @Mutation(() => PartyOrganizationObject, {
    description:
      '撤销党组织 (dissolve; active children must be handled explicitly, else CONFLICT; rows are kept; ' +
      `publishes organization.organization.dissolved.v1, and moved for each moved child). ${WRITERS}`,
  })
  async dissolvePartyOrganization(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '党组织编号' }) id: string,
    @Args('dissolvedAt', { type: () => LocalDateScalar, description: '撤销日期 (not in the future, not before it was founded)' }) dissolvedAt: string,
    @Args('children', { type: () => DissolveChildrenInput, nullable: true, description: '下级党组织处理 (required when it has active children)' })
    children?: DissolveChildrenInput | null,
  ): Promise<PartyOrganizationObject> {
    return toPartyOrganizationObject(await this.dissolution.dissolve(caller, id, dissolvedAt, children));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<PartyOrganizationObject | null> {
    const organization = await this.loaders.organization(context).load(String(reference.id).toLowerCase());
    return organization ? toPartyOrganizationObject(organization) : null;
  }
}
