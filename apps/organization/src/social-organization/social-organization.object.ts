import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { type FilingDecision, type FilingStatus } from './filing-status.util';
import { type FilingEvent } from './social-organization.entity';
import { SOCIAL_ORGANIZATION_KIND_LABELS, type SocialOrganizationKind } from './social-organization-kind';

const KIND_TEXT: Readonly<Record<SocialOrganizationKind, string>> = {
  ANCESTRAL_HALL_COUNCIL: 'ancestral-hall council',
  ELDERS_ASSOCIATION: 'elders’ association',
  WEDDINGS_FUNERALS_COUNCIL: 'weddings-and-funerals council',
  FIVE_ELDERS_SOCIETY: '“five elders” harmony society',
  MORALITY_ASSOCIATION: 'morality association',
  SECURITY_PATROL: 'security patrol',
  OTHER: 'other kind',
};

export const SocialOrganizationKindEnum = Object.fromEntries(Object.keys(KIND_TEXT).map((kind) => [kind, kind])) as Record<
  SocialOrganizationKind,
  SocialOrganizationKind
>;
registerEnumType(SocialOrganizationKindEnum, {
  name: 'SocialOrganizationKind',
  description: '农村社会组织类别 (kind of rural social organization)',
  valuesMap: Object.fromEntries(
    Object.entries(KIND_TEXT).map(([kind, text]) => [kind, { description: `${SOCIAL_ORGANIZATION_KIND_LABELS[kind as SocialOrganizationKind]} (${text})` }]),
  ) as Record<SocialOrganizationKind, { description: string }>,
});

export const FilingStatusEnum: Record<FilingStatus, FilingStatus> = { UNFILED: 'UNFILED', PENDING: 'PENDING', FILED: 'FILED', REFUSED: 'REFUSED' };
registerEnumType(FilingStatusEnum, {
  name: 'SocialOrganizationFilingStatus',
  description: '备案状态 (filing with the village party organization: UNFILED → PENDING → FILED, or PENDING → REFUSED → resubmitted PENDING)',
  valuesMap: {
    UNFILED: { description: '未备案 (registered, not yet submitted for filing)' },
    PENDING: { description: '待审 (submitted, awaiting the village party organization’s decision)' },
    FILED: { description: '已备案 (filed)' },
    REFUSED: { description: '不予备案 (refused, with a reason; may be resubmitted)' },
  },
});

export const FilingDecisionEnum: Record<FilingDecision, FilingDecision> = { FILE: 'FILE', REFUSE: 'REFUSE' };
registerEnumType(FilingDecisionEnum, {
  name: 'SocialOrganizationFilingDecision',
  description: '备案决定 (decision on a pending filing)',
  valuesMap: {
    FILE: { description: '予以备案 (file the organization)' },
    REFUSE: { description: '不予备案 (refuse, giving a reason)' },
  },
});

export const FilingEventEnum: Record<FilingEvent, FilingEvent> = { REGISTER: 'REGISTER', SUBMIT: 'SUBMIT', FILE: 'FILE', REFUSE: 'REFUSE' };
registerEnumType(FilingEventEnum, {
  name: 'SocialOrganizationFilingEvent',
  description: '备案环节 (step of the filing record)',
  valuesMap: {
    REGISTER: { description: '登记 (registered as unfiled)' },
    SUBMIT: { description: '提交备案 (submitted or resubmitted for filing)' },
    FILE: { description: '予以备案 (filed)' },
    REFUSE: { description: '不予备案 (refused)' },
  },
});

@ObjectType('SocialOrganization', { description: '农村社会组织 (a rural social organization of a village, filed 备案 with the village party organization)' })
@Directive('@key(fields: "id")')
export class SocialOrganizationObject {
  @Field(() => ID, { description: '组织编号 (organization id)' })
  id!: string;

  @Field({ description: '组织名称 (name, unique in its village)' })
  name!: string;

  @Field(() => SocialOrganizationKindEnum, { description: '类别 (kind)' })
  kind!: SocialOrganizationKind;

  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (village code)' })
  regionCode!: string;

  @Field({ description: '负责人姓名 (name of the leader)' })
  leaderName!: string;

  @Field(() => FilingStatusEnum, { description: '备案状态 (filing status)' })
  filingStatus!: FilingStatus;

  @Field(() => String, { nullable: true, description: '不予备案理由 (why filing was refused, while REFUSED)' })
  refusalReason!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '备案日期 (date filed, once FILED)' })
  filedAt!: string | null;

  @Field({ description: '登记时间 (ISO 8601 timestamp, UTC)' })
  createdAt!: string;
}

@ObjectType('SocialOrganizationConnection', { description: '农村社会组织分页列表 (a page of social organizations)' })
export class SocialOrganizationConnection extends Connection(SocialOrganizationObject, 'SocialOrganization') {}

@ObjectType('SocialOrganizationFilingTransition', { description: '备案记录 (one step of an organization’s filing: who, when, from, to, note)' })
export class FilingTransitionObject {
  @Field(() => ID, { description: '记录编号 (step id)' })
  id!: string;

  @Field(() => FilingEventEnum, { description: '备案环节 (step)' })
  event!: FilingEvent;

  @Field(() => FilingStatusEnum, { nullable: true, description: '原状态 (status before; null for the registration)' })
  fromStatus!: FilingStatus | null;

  @Field(() => FilingStatusEnum, { description: '新状态 (status after)' })
  toStatus!: FilingStatus;

  @Field(() => String, { nullable: true, description: '说明 (note or refusal reason)' })
  note!: string | null;

  @Field({ description: '经办人 (who took the step)' })
  actor!: string;

  @Field({ description: '办理时间 (ISO 8601 timestamp, UTC)' })
  at!: string;
}

@ObjectType('SocialOrganizationFilingTransitionConnection', { description: '备案记录分页列表 (a page of filing steps)' })
export class FilingTransitionConnection extends Connection(FilingTransitionObject, 'SocialOrganizationFilingTransition') {}

@ObjectType('SocialActivityReport', { description: '活动报备 (report of a major activity, due before the activity date: "五要十不准")' })
export class SocialActivityReportObject {
  @Field(() => ID, { description: '报备编号 (report id)' })
  id!: string;

  @Field(() => ID, { description: '组织编号 (the reporting organization)' })
  organizationId!: string;

  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (village code)' })
  regionCode!: string;

  @Field({ description: '活动名称 (title of the activity)' })
  title!: string;

  @Field(() => LocalDateScalar, { description: '活动日期 (date of the activity, Asia/Shanghai)' })
  activityDate!: string;

  @Field({ description: '报备时间 (when the report was made, ISO 8601 timestamp, UTC)' })
  reportedAt!: string;

  @Field({ description: '报备人 (who made the report)' })
  reportedBy!: string;

  @Field(() => Boolean, { description: '逾期报备 (late: reported on or after the activity date, Asia/Shanghai)' })
  late!: boolean;

  @Field(() => String, { nullable: true, description: '说明 (note: place, participants, measures)' })
  note!: string | null;
}

@ObjectType('SocialActivityReportConnection', { description: '活动报备分页列表 (a page of activity reports)' })
export class SocialActivityReportConnection extends Connection(SocialActivityReportObject, 'SocialActivityReport') {}

@InputType({ description: '登记农村社会组织 (register a social organization of a village; it starts UNFILED 未备案)' })
export class RegisterSocialOrganizationInput {
  @Field({ description: '组织名称 (1–80 characters, unique in the village)' })
  name!: string;

  @Field(() => SocialOrganizationKindEnum, { description: '类别 (kind)' })
  kind!: SocialOrganizationKind;

  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field({ description: '负责人姓名 (1–50 characters)' })
  leaderName!: string;

  @Field(() => String, { nullable: true, description: '说明 (note recorded with the registration, up to 500 characters)' })
  note?: string | null;
}

@InputType({ description: '活动报备 (report a major activity of a filed organization before its date)' })
export class ReportSocialActivityInput {
  @Field(() => ID, { description: '组织编号 (a FILED organization within your scope)' })
  organizationId!: string;

  @Field({ description: '活动名称 (1–100 characters)' })
  title!: string;

  @Field(() => LocalDateScalar, { description: '活动日期 (a report on or after this date is accepted and flagged late)' })
  activityDate!: string;

  @Field(() => String, { nullable: true, description: '说明 (place, participants, measures; up to 500 characters)' })
  note?: string | null;
}
