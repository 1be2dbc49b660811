import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { RegionRef } from '../region/region.ref';
import { type LinkPersonKind, type LinkRole } from './link-role';

export const LinkRoleEnum: Record<LinkRole, LinkRole> = {
  CHIEF_CADRE: 'CHIEF_CADRE',
  TWO_COMMITTEE_MEMBER: 'TWO_COMMITTEE_MEMBER',
  PARTY_MEMBER: 'PARTY_MEMBER',
  REPRESENTATIVE: 'REPRESENTATIVE',
  GRID_WORKER: 'GRID_WORKER',
};
registerEnumType(LinkRoleEnum, {
  name: 'HouseholdLinkRole',
  description: '联户身份 (the role a person links households in; decides the most households linked at once)',
  valuesMap: {
    CHIEF_CADRE: { description: '村主职干部 (village chief cadre: at most 10 households)' },
    TWO_COMMITTEE_MEMBER: { description: '其他两委成员 (other two-committee member: at most 5)' },
    PARTY_MEMBER: { description: '党员 (party member: at most 3)' },
    REPRESENTATIVE: { description: '村民代表 (villagers’ representative: at most 1)' },
    GRID_WORKER: { description: '网格员 (grid worker: at most 1)' },
  },
});

export const LinkPersonKindEnum: Record<LinkPersonKind, LinkPersonKind> = {
  MEMBER: 'MEMBER',
  CADRE: 'CADRE',
  REPRESENTATIVE: 'REPRESENTATIVE',
  GRID_WORKER: 'GRID_WORKER',
};
registerEnumType(LinkPersonKindEnum, {
  name: 'HouseholdLinkPersonKind',
  description: '联户人类别 (which record personId names)',
  valuesMap: {
    MEMBER: { description: '党员 (a party member: personId is the member id; a cadre or representative who is a member is linked as that member)' },
    CADRE: { description: '村干部 (a cadre who is not a party member: personId is the cadre id)' },
    REPRESENTATIVE: { description: '村民代表 (a representative who is not a party member: personId is the representative id)' },
    GRID_WORKER: { description: '网格员 (a grid worker known by name in the organization subgraph: personId is this link person’s own id)' },
  },
});

@ObjectType('Household', { description: '农户 (a household that party members and cadres link to 联户)' })
@Directive('@key(fields: "id")')
export class HouseholdObject {
  @Field(() => ID, { description: '农户编号 (household id)' })
  id!: string;

  @Field(() => RegionRef, { description: '所在村(社区)或村民小组 (the village or village group)' })
  region!: RegionRef;

  @Field({ description: '户主姓名 (head of household; masked for analysts)' })
  headName!: string;

  @Field(() => String, { nullable: true, description: '住址 (address; masked for analysts)' })
  address!: string | null;
}

@ObjectType('HouseholdConnection', { description: '农户分页列表 (a page of households)' })
export class HouseholdConnection extends Connection(HouseholdObject, 'Household') {}

@ObjectType('HouseholdLink', { description: '联户关系 (a person linked to a household 党员联户)' })
@Directive('@key(fields: "id")')
export class HouseholdLinkObject {
  @Field(() => ID, { description: '联户编号 (link id)' })
  id!: string;

  @Field(() => RegionRef, { description: '农户所在区划 (the household’s village or village group)' })
  region!: RegionRef;

  @Field(() => ID, { description: '联户人编号 (the person’s id: see personKind)' })
  personId!: string;

  @Field(() => LinkPersonKindEnum, { description: '联户人类别 (which record personId names)' })
  personKind!: LinkPersonKind;

  @Field({ description: '联户人姓名 (name from the person’s record when linked; masked for analysts)' })
  personName!: string;

  @Field(() => LinkRoleEnum, { description: '联户身份 (the role the person’s records gave on the link date)' })
  linkRole!: LinkRole;

  @Field(() => Int, { description: '联户上限 (the most households that role links at once)' })
  quota!: number;

  @Field(() => LocalDateScalar, { description: '联户日期 (date linked)' })
  linkedAt!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '解除日期 (date the link ended; null while active)' })
  endedAt!: string | null;

  @Field(() => String, { nullable: true, description: '解除原因 (why it ended; masked for analysts)' })
  endReason!: string | null;

  /** Resolved by `household`. */
  householdId!: string;
}

@ObjectType('HouseholdLinkConnection', { description: '联户关系分页列表 (a page of household links)' })
export class HouseholdLinkConnection extends Connection(HouseholdLinkObject, 'HouseholdLink') {}

@ObjectType('HouseholdVisit', { description: '走访记录 (a monthly visit of a linked household; one per link per month)' })
export class HouseholdVisitObject {
  @Field(() => ID, { description: '走访编号 (visit id)' })
  id!: string;

  @Field(() => LocalDateScalar, { description: '走访日期 (date of the visit)' })
  visitedOn!: string;

  @Field({ description: '走访月份 (YYYY-MM)' })
  month!: string;

  @Field(() => String, { nullable: true, description: '走访情况 (what was found or done; masked for analysts)' })
  note!: string | null;

  @Field({ description: '记录人 (who recorded it)' })
  recordedBy!: string;

  @Field({ description: '记录时间 (when it was recorded, ISO 8601)' })
  recordedAt!: string;

  /** Resolved by `link`. */
  linkId!: string;
}

@ObjectType('HouseholdVisitConnection', { description: '走访记录分页列表 (a page of visits)' })
export class HouseholdVisitConnection extends Connection(HouseholdVisitObject, 'HouseholdVisit') {}

@ObjectType('PersonUnderQuota', { description: '联户未满额人员 (a person who should link households and whose active links are below their role’s quota)' })
export class PersonUnderQuotaObject {
  @Field(() => ID, { description: '联户人编号 (the person’s id: see personKind)' })
  personId!: string;

  @Field(() => LinkPersonKindEnum, { description: '联户人类别 (which record personId names)' })
  personKind!: LinkPersonKind;

  @Field({ description: '姓名 (name; masked for analysts)' })
  name!: string;

  @Field(() => LinkRoleEnum, { description: '联户身份 (the highest role the person’s records give today)' })
  linkRole!: LinkRole;

  @Field(() => RegionRef, { description: '所在村 (the village whose households the person links)' })
  region!: RegionRef;

  @Field(() => Int, { description: '联户上限 (quota of the role)' })
  quota!: number;

  @Field(() => Int, { description: '在联户数 (the person’s active links, in any village)' })
  activeLinks!: number;

  @Field(() => Int, { description: '差额 (households still to link: quota minus active links)' })
  gap!: number;
}

@ObjectType('PersonUnderQuotaConnection', { description: '联户未满额人员分页列表 (a page of people under quota, largest gap first)' })
export class PersonUnderQuotaConnection extends Connection(PersonUnderQuotaObject, 'PersonUnderQuota') {}

@ObjectType('HouseholdLinkSummary', { description: '联户情况汇总 (household-link figures of a region, within your scope)' })
export class HouseholdLinkSummaryObject {
  @Field({ description: '统计月份 (the month whose visits are counted, YYYY-MM)' })
  month!: string;

  @Field(() => Int, { description: '农户数 (households registered)' })
  households!: number;

  @Field(() => Int, { description: '已联户农户数 (households with at least one active link)' })
  linkedHouseholds!: number;

  @Field(() => Int, { description: '未联户农户数 (households nobody links)' })
  unlinkedHouseholds!: number;

  @Field(() => Int, { description: '在联户关系数 (active links)' })
  activeLinks!: number;

  @Field(() => Int, { description: '本月走访数 (visits recorded in the month)' })
  visitsThisMonth!: number;
}

@InputType({ description: '登记农户 (register a household)' })
export class RegisterHouseholdInput {
  @Field(() => RegionCodeScalar, { description: '所在村或村民小组代码 (a 12-digit village or 15-digit village-group code within your scope)' })
  regionCode!: string;

  @Field({ description: '户主姓名 (1–50 characters)' })
  headName!: string;

  @Field(() => String, { nullable: true, description: '住址 (up to 200 characters, optional)' })
  address?: string | null;
}

@InputType({
  description:
    '联户人 (who links: exactly one of cadreId, memberId, representativeId or gridWorkerName; the role and quota come from personnel’s records on the link date, never from input)',
})
export class HouseholdLinkPersonInput {
  @Field(() => ID, {
    nullable: true,
    description:
      '村干部编号 (a cadre of the household’s village: a serving secretary or villagers’ committee chair links as chief cadre (10), another two-committee member as 5; a cadre who is a party member is linked as that member)',
  })
  cadreId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '党员编号 (a current party member of the household’s village, not departed nor suspended: 3, or the larger quota of a post they hold)',
  })
  memberId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '村民代表编号 (a serving representative of the household’s village: 1, or the larger quota of another role they hold)',
  })
  representativeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '网格员姓名 (a grid worker, kept by name in the organization subgraph, who is none of the village’s cadres, party members or representatives: 1; 1–50 characters)',
  })
  gridWorkerName?: string | null;
}

@InputType({ description: '建立联户关系 (link a person to a household)' })
export class LinkHouseholdInput {
  @Field(() => HouseholdLinkPersonInput, { description: '联户人 (the person, by their record; the role comes from the records)' })
  person!: HouseholdLinkPersonInput;

  @Field(() => ID, { description: '农户编号 (the household, in the person’s village)' })
  householdId!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '联户日期 (not in the future; default today; the role is the one held that day)' })
  linkedAt?: string | null;
}

@InputType({ description: '记录走访 (record a visit of a linked household)' })
export class RecordHouseholdVisitInput {
  @Field(() => ID, { description: '联户编号 (link id)' })
  linkId!: string;

  @Field(() => LocalDateScalar, { description: '走访日期 (not in the future, within the link’s time; one visit per link per month)' })
  visitedOn!: string;

  @Field(() => String, { nullable: true, description: '走访情况 (what was found or done, up to 500 characters)' })
  note?: string | null;
}
