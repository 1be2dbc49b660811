import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { type PartyOrganizationChangeAction } from './party-organization-change.entity';
import { type ChildrenHandling } from './party-organization-dissolution.service';
import { type PartyOrganizationForm, type PartyOrganizationKind } from './party-organization-hierarchy.util';
import { type ResidentUnitKind } from './party-organization-resident-unit.entity';

export const PartyOrganizationKindEnum: Record<PartyOrganizationKind, PartyOrganizationKind> = {
  COMMITTEE: 'COMMITTEE',
  GENERAL_BRANCH: 'GENERAL_BRANCH',
  BRANCH: 'BRANCH',
  GROUP: 'GROUP',
};
registerEnumType(PartyOrganizationKindEnum, {
  name: 'PartyOrganizationKind',
  description: '党组织类别 (rank of a party organization)',
  valuesMap: {
    COMMITTEE: { description: '党委 (party committee)' },
    GENERAL_BRANCH: { description: '党总支 (general branch)' },
    BRANCH: { description: '党支部 (branch)' },
    GROUP: { description: '党小组 (party group)' },
  },
});

export const PartyOrganizationFormEnum: Record<PartyOrganizationForm, PartyOrganizationForm> = {
  STANDARD: 'STANDARD',
  STREET_WORKING_COMMITTEE: 'STREET_WORKING_COMMITTEE',
  JOINT_COMMITTEE: 'JOINT_COMMITTEE',
  COMMUNITY_BIG_COMMITTEE: 'COMMUNITY_BIG_COMMITTEE',
  GRID_BRANCH: 'GRID_BRANCH',
  VILLAGE_GROUP_GROUP: 'VILLAGE_GROUP_GROUP',
  BUILDING_GROUP: 'BUILDING_GROUP',
  CENTRAL_HOUSEHOLD: 'CENTRAL_HOUSEHOLD',
};
registerEnumType(PartyOrganizationFormEnum, {
  name: 'PartyOrganizationForm',
  description: '党组织形态 (special form; decides the rank, the region level and what it may sit under)',
  valuesMap: {
    STANDARD: { description: '一般党组织 (an ordinary committee, general branch, branch or group)' },
    STREET_WORKING_COMMITTEE: { description: '街道大工委 (street working committee: a committee in a street 街道, top of the urban five-level system)' },
    JOINT_COMMITTEE: { description: '联村联社党委 (joint committee over several villages of its township, listed in memberRegions)' },
    COMMUNITY_BIG_COMMITTEE: { description: '社区大党委 (community big committee in an urban community, with resident units 驻社区单位 as members)' },
    GRID_BRANCH: { description: '网格(小区)党支部 (grid party branch under a community organization)' },
    VILLAGE_GROUP_GROUP: { description: '村民小组党小组 (village-group party group under the village branch: the rural three-level system)' },
    BUILDING_GROUP: { description: '楼栋党小组 (building party group under a grid branch)' },
    CENTRAL_HOUSEHOLD: {
      description: '党员中心户 / 党员联系户 (party-member central household anchoring nearby households; lowest level of both systems)',
    },
  },
});

export const ResidentUnitKindEnum: Record<ResidentUnitKind, ResidentUnitKind> = {
  GOVERNMENT_AGENCY: 'GOVERNMENT_AGENCY',
  PUBLIC_INSTITUTION: 'PUBLIC_INSTITUTION',
  STATE_ENTERPRISE: 'STATE_ENTERPRISE',
  PRIVATE_ENTERPRISE: 'PRIVATE_ENTERPRISE',
  SOCIAL_ORGANIZATION: 'SOCIAL_ORGANIZATION',
  OTHER: 'OTHER',
};
registerEnumType(ResidentUnitKindEnum, {
  name: 'ResidentUnitKind',
  description: '驻社区单位类别 (kind of resident unit)',
  valuesMap: {
    GOVERNMENT_AGENCY: { description: '机关 (government agency)' },
    PUBLIC_INSTITUTION: { description: '事业单位 (public institution: school, hospital...)' },
    STATE_ENTERPRISE: { description: '国有企业 (state-owned enterprise)' },
    PRIVATE_ENTERPRISE: { description: '非公企业 (private enterprise)' },
    SOCIAL_ORGANIZATION: { description: '社会组织 (social organization)' },
    OTHER: { description: '其他 (other)' },
  },
});

export const ChildrenHandlingEnum: Record<ChildrenHandling, ChildrenHandling> = {
  MOVE_TO_PARENT: 'MOVE_TO_PARENT',
  MOVE_TO: 'MOVE_TO',
  DISSOLVE_WITH: 'DISSOLVE_WITH',
};
registerEnumType(ChildrenHandlingEnum, {
  name: 'ChildrenHandling',
  description: '下级党组织处理方式 (what happens to the active children of a dissolved organization)',
  valuesMap: {
    MOVE_TO_PARENT: { description: '划归上级 (move them under the dissolved organization’s parent)' },
    MOVE_TO: { description: '划归指定党组织 (move them under targetParentId)' },
    DISSOLVE_WITH: { description: '一并撤销 (dissolve them and their whole subtree on the same date)' },
  },
});

export const PartyOrganizationChangeActionEnum: Record<PartyOrganizationChangeAction, PartyOrganizationChangeAction> = {
  CREATED: 'CREATED',
  RENAMED: 'RENAMED',
  MOVED: 'MOVED',
  DISSOLVED: 'DISSOLVED',
};
registerEnumType(PartyOrganizationChangeActionEnum, {
  name: 'PartyOrganizationChangeAction',
  description: '党组织变更类型 (kind of recorded change)',
  valuesMap: {
    CREATED: { description: '成立 (created)' },
    RENAMED: { description: '更名 (renamed)' },
    MOVED: { description: '隶属关系调整 (moved under another parent)' },
    DISSOLVED: { description: '撤销 (dissolved)' },
  },
});

@ObjectType('PartyOrganization', { description: '党组织 (party organization: committee, general branch, branch or party group)' })
@Directive('@key(fields: "id")')
export class PartyOrganizationObject {
  @Field(() => ID, { description: '党组织编号 (organization id)' })
  id!: string;

  @Field(() => String, { description: '名称 (name, e.g. 堰头垸村党支部)' })
  name!: string;

  @Field(() => PartyOrganizationKindEnum, { description: '类别 (rank: 党委, 党总支, 党支部, 党小组)' })
  kind!: PartyOrganizationKind;

  @Field(() => PartyOrganizationFormEnum, { description: '形态 (special form, STANDARD for an ordinary organization)' })
  form!: PartyOrganizationForm;

  @Field(() => RegionCodeScalar, { description: '所在区划代码 (the region it sits in: county, township, village or village group)' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: '上级党组织编号 (parent organization id; null at the top level)' })
  parentId!: string | null;

  @Field(() => ID, { nullable: true, description: '中心户党员编号 (a central household’s anchoring party member, a personnel id)' })
  anchorMemberId!: string | null;

  @Field(() => LocalDateScalar, { description: '成立日期 (date founded)' })
  foundedAt!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '撤销日期 (date dissolved; null while active)' })
  dissolvedAt!: string | null;

  @Field(() => Boolean, { description: '是否存续 (true while not dissolved)' })
  active!: boolean;

  @Field(() => Int, { description: '党员数 (members of this organization, kept current from personnel events)' })
  memberCount!: number;

  @Field(() => Int, { description: '在村党员数 (of those, members living in the village, not migrant 流动党员)' })
  inVillageMemberCount!: number;

  @Field(() => Float, { nullable: true, description: '在村党员比例 (inVillageMemberCount / memberCount; null when it has no members)' })
  inVillageRatio!: number | null;
}

@ObjectType('PartyOrganizationConnection', { description: '党组织分页列表 (a page of party organizations)' })
export class PartyOrganizationConnection extends Connection(PartyOrganizationObject, 'PartyOrganization') {}

@ObjectType('ResidentUnit', { description: '驻社区单位 (resident unit that is a member of a community big committee)' })
export class ResidentUnitObject {
  @Field(() => ID, { description: '单位编号 (unit id)' })
  id!: string;

  @Field(() => String, { description: '单位名称 (name)' })
  name!: string;

  @Field(() => ResidentUnitKindEnum, { description: '单位类别 (kind of unit)' })
  unitKind!: ResidentUnitKind;
}

@ObjectType('PartyOrganizationTreeNode', { description: '党组织树节点 (one organization of a tree with its depth)' })
export class PartyOrganizationTreeNodeObject {
  @Field(() => Int, { description: '层级深度 (0 for the root, 1 for its children...)' })
  depth!: number;

  @Field(() => ID, { nullable: true, description: '上级党组织编号 (parent id; the root’s own parent, or null)' })
  parentId!: string | null;

  @Field(() => PartyOrganizationObject, { description: '党组织 (the organization)' })
  organization!: PartyOrganizationObject;
}

@ObjectType('PartyOrganizationTree', { description: '党组织树 (an organization and its descendants, depth-first, siblings by name)' })
export class PartyOrganizationTreeObject {
  @Field(() => [PartyOrganizationTreeNodeObject], { description: '节点 (the root first, then each child followed by its own subtree)' })
  nodes!: PartyOrganizationTreeNodeObject[];

  @Field(() => Boolean, { description: '是否截断 (true when the tree had more organizations than one answer holds: ask for a subtree)' })
  truncated!: boolean;
}

@ObjectType('PartyOrganizationChange', { description: '党组织变更记录 (a recorded change: who, when, from, to)' })
export class PartyOrganizationChangeObject {
  @Field(() => ID, { description: '记录编号 (change id)' })
  id!: string;

  @Field(() => PartyOrganizationChangeActionEnum, { description: '变更类型 (what changed)' })
  action!: PartyOrganizationChangeAction;

  @Field(() => String, { nullable: true, description: '变更前 (old name or parent id)' })
  fromValue!: string | null;

  @Field(() => String, { nullable: true, description: '变更后 (new name, parent id or dissolution date)' })
  toValue!: string | null;

  @Field(() => String, { nullable: true, description: '说明 (note)' })
  note!: string | null;

  @Field(() => String, { description: '操作人 (who made the change)' })
  changedBy!: string;

  @Field(() => String, { description: '变更时间 (when, an ISO 8601 instant such as 2026-11-25T04:35:09.000Z)' })
  changedAt!: string;
}

@ObjectType('PartyOrganizationChangeConnection', { description: '党组织变更记录分页列表 (a page of recorded changes)' })
export class PartyOrganizationChangeConnection extends Connection(PartyOrganizationChangeObject, 'PartyOrganizationChange') {}
