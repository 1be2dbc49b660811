import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { RegionRef } from '../region/region.ref';
import { type PointItemKind } from './point-items';
import { type RepresentativeStatus } from './representative-status.util';

export const RepresentativeStatusEnum: Record<RepresentativeStatus, RepresentativeStatus> = {
  ACTIVE: 'ACTIVE',
  REPLACED: 'REPLACED',
  RESIGNED: 'RESIGNED',
};
registerEnumType(RepresentativeStatusEnum, {
  name: 'RepresentativeStatus',
  description: '村民代表状态 (standing of a villagers’ representative)',
  valuesMap: {
    ACTIVE: { description: '在任 (serving)' },
    REPLACED: { description: '已撤换 (replaced; filed with the county)' },
    RESIGNED: { description: '已辞职 (resigned; filed with the county)' },
  },
});

export const PointItemKindEnum: Record<PointItemKind, PointItemKind> = { DEDUCTION: 'DEDUCTION', BONUS: 'BONUS' };
registerEnumType(PointItemKindEnum, {
  name: 'RepresentativePointItemKind',
  description: '积分事项类别 (kind of a points item)',
  valuesMap: {
    DEDUCTION: { description: '扣分 (one of the 8 negative items 负面清单; points are negative)' },
    BONUS: { description: '加分 (one of the 4 bonus cases 加分情形; points are positive)' },
  },
});

@ObjectType('RepresentativePointItem', { description: '村民代表积分事项 (an item of the representatives’ points system: 8 deductions, 4 bonuses)' })
export class RepresentativePointItemObject {
  @Field({ description: '事项代码 (code, e.g. ABSENT_FROM_MEETING; pass it as itemCode)' })
  code!: string;

  @Field({ description: '事项名称 (Chinese name)' })
  name!: string;

  @Field(() => PointItemKindEnum, { description: '类别 (deduction or bonus)' })
  kind!: PointItemKind;

  @Field(() => Int, { description: '默认分值 (points applied when none are given: negative for a deduction)' })
  defaultPoints!: number;
}

@ObjectType('RepresentativePointItemConnection', { description: '积分事项分页列表 (a page of points items)' })
export class RepresentativePointItemConnection extends Connection(RepresentativePointItemObject, 'RepresentativePointItem') {}

@ObjectType('VillageRepresentative', { description: '村民代表 (a villagers’ representative; 100 points at the start of each calendar year)' })
@Directive('@key(fields: "id")')
export class VillageRepresentativeObject {
  @Field(() => ID, { description: '村民代表编号 (representative id)' })
  id!: string;

  @Field({ description: '姓名 (name; masked for analysts)' })
  name!: string;

  @Field(() => RegionRef, { description: '所在村(社区) (the village represented)' })
  region!: RegionRef;

  @Field(() => ID, { nullable: true, description: '党员编号 (the party-member id, when the representative is a party member)' })
  memberId!: string | null;

  @Field(() => LocalDateScalar, { description: '当选日期 (date elected)' })
  electedAt!: string;

  @Field(() => RepresentativeStatusEnum, { description: '状态 (serving, replaced or resigned)' })
  status!: RepresentativeStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: '离任日期 (first day no longer serving; null while serving)' })
  leftOn!: string | null;

  /** Resolved by `replacedBy`. */
  replacedById!: string | null;
}

@ObjectType('VillageRepresentativeConnection', { description: '村民代表分页列表 (a page of representatives)' })
export class VillageRepresentativeConnection extends Connection(VillageRepresentativeObject, 'VillageRepresentative') {}

@ObjectType('RepresentativePointChange', { description: '积分变动 (one deduction or bonus of a representative, with reason and who recorded it)' })
export class RepresentativePointChangeObject {
  @Field(() => ID, { description: '变动编号 (change id)' })
  id!: string;

  @Field(() => Int, { description: '计分年度 (the calendar year the change counts in)' })
  year!: number;

  @Field(() => RepresentativePointItemObject, { description: '积分事项 (the item)' })
  item!: RepresentativePointItemObject;

  @Field(() => Int, { description: '分值 (points: negative for a deduction, positive for a bonus)' })
  points!: number;

  @Field({ description: '事由 (reason; masked for analysts)' })
  reason!: string;

  @Field(() => LocalDateScalar, { description: '发生日期 (date of what earned or lost the points)' })
  occurredOn!: string;

  @Field({ description: '记录人 (who recorded it)' })
  recordedBy!: string;

  @Field({ description: '记录时间 (when it was recorded, ISO 8601)' })
  recordedAt!: string;

  /** Resolved by `representative`. */
  representativeId!: string;
}

@ObjectType('RepresentativePointChangeConnection', { description: '积分变动分页列表 (a page of point changes)' })
export class RepresentativePointChangeConnection extends Connection(RepresentativePointChangeObject, 'RepresentativePointChange') {}

@ObjectType('RepresentativeStatusChange', { description: '村民代表变动备案 (a filed change: election, replacement 撤换 or resignation 辞职)' })
export class RepresentativeStatusChangeObject {
  @Field(() => ID, { description: '备案编号 (change id)' })
  id!: string;

  @Field(() => RepresentativeStatusEnum, { nullable: true, description: '原状态 (status before; null for the election)' })
  fromStatus!: RepresentativeStatus | null;

  @Field(() => RepresentativeStatusEnum, { description: '新状态 (status after)' })
  toStatus!: RepresentativeStatus;

  @Field(() => LocalDateScalar, { description: '生效日期 (day the change took effect)' })
  effectiveOn!: string;

  @Field({ description: '原因 (reason; masked for analysts)' })
  reason!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '县级备案日期 (date filed with the county; null for an ordinary election)' })
  filedWithCountyOn!: string | null;

  @Field(() => ID, { nullable: true, description: '对应代表 (in a replacement: the other representative, outgoing or incoming)' })
  counterpartId!: string | null;

  @Field({ description: '记录人 (who recorded it)' })
  changedBy!: string;

  @Field({ description: '记录时间 (when it was recorded, ISO 8601)' })
  changedAt!: string;
}

@ObjectType('RepresentativeStatusChangeConnection', { description: '村民代表变动分页列表 (a page of filed changes)' })
export class RepresentativeStatusChangeConnection extends Connection(RepresentativeStatusChangeObject, 'RepresentativeStatusChange') {}

@ObjectType('RankedRepresentative', { description: '积分排名项 (a representative’s place in a year’s points ranking)' })
export class RankedRepresentativeObject {
  @Field(() => VillageRepresentativeObject, { description: '村民代表 (the representative)' })
  representative!: VillageRepresentativeObject;

  @Field(() => Int, { description: '年度积分 (the year’s balance: 100 plus the year’s changes)' })
  points!: number;

  @Field(() => Int, { description: '排名 (rank among all ranked in the region asked for; ties share a rank)' })
  rank!: number;

  @Field(() => Int, { description: '村内排名 (rank within the village)' })
  villageRank!: number;

  @Field(() => Int, { description: '乡镇内排名 (rank within the township, among those you can see)' })
  townshipRank!: number;
}

@ObjectType('RankedRepresentativeConnection', { description: '积分排名分页列表 (a page of the ranking, highest points first)' })
export class RankedRepresentativeConnection extends Connection(RankedRepresentativeObject, 'RankedRepresentative') {}

@InputType({ description: '新当选村民代表 (a newly elected representative)' })
export class NewRepresentativeInput {
  @Field({ description: '姓名 (1–50 characters)' })
  name!: string;

  @Field(() => ID, { nullable: true, description: '党员编号 (party-member id, when a party member; optional)' })
  memberId?: string | null;

  @Field(() => LocalDateScalar, { description: '当选日期 (date elected, not in the future)' })
  electedAt!: string;
}

@InputType({ description: '登记村民代表 (register an elected villagers’ representative)' })
export class RegisterVillageRepresentativeInput extends NewRepresentativeInput {
  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;
}

@ObjectType('RepresentativeReplacement', { description: '村民代表撤换 (a replacement filed with the county: who left, who took the seat)' })
export class RepresentativeReplacementObject {
  @Field(() => VillageRepresentativeObject, { description: '被撤换的代表 (the outgoing representative, now REPLACED)' })
  outgoing!: VillageRepresentativeObject;

  @Field(() => VillageRepresentativeObject, { description: '补选的代表 (the incoming representative, ACTIVE)' })
  incoming!: VillageRepresentativeObject;
}
