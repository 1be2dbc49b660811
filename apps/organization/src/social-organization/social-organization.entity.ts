import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type FilingAction, type FilingStatus } from './filing-status.util';
import { type SocialOrganizationKind } from './social-organization-kind';

// A rural social organization 农村社会组织 of one village, filed 备案 with the village party organization.
@Entity({ tableName: 'social_organization' })
@Index({
  name: 'social_organization_region_prefix_idx',
  expression: 'create index "social_organization_region_prefix_idx" on "social_organization" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({ name: 'social_organization_region_name_unique', properties: ['regionCode', 'name'] })
export class SocialOrganization {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'varchar', length: 80 })
  name: string;

  @Property({ type: 'varchar', length: 32 })
  kind: SocialOrganizationKind;

  /** The village 村(社区). */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 50 })
  leaderName: string;

  @Property({ type: 'varchar', length: 12, default: 'UNFILED' })
  filingStatus: Opt<FilingStatus> = 'UNFILED';

  /** Why filing was refused, while REFUSED. */
  @Property({ type: 'varchar', length: 500, nullable: true })
  refusalReason: string | null = null;

  /** Date filed (Asia/Shanghai), once FILED. */
  @Property({ type: 'date', nullable: true })
  filedAt: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(name: string, kind: SocialOrganizationKind, regionCode: string, leaderName: string) {
    this.name = name;
    this.kind = kind;
    this.regionCode = regionCode;
    this.leaderName = leaderName;
  }
}

export type FilingEvent = 'REGISTER' | FilingAction;

// One step of an organization's filing: registration, submission, filing or refusal, with who and when.
@Entity({ tableName: 'social_organization_filing_transition' })
@Index({
  name: 'social_organization_filing_transition_region_prefix_idx',
  expression:
    'create index "social_organization_filing_transition_region_prefix_idx" on "social_organization_filing_transition" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'social_organization_filing_transition_organization_idx', properties: ['organization', 'at'] })
export class SocialOrganizationFilingTransition {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => SocialOrganization, deleteRule: 'cascade' })
  organization: SocialOrganization;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 12 })
  event: FilingEvent;

  /** Null for the registration. */
  @Property({ type: 'varchar', length: 12, nullable: true })
  fromStatus: FilingStatus | null;

  @Property({ type: 'varchar', length: 12 })
  toStatus: FilingStatus;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Property({ type: 'varchar', length: 200 })
  actor: string;

  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();

  constructor(organization: SocialOrganization, event: FilingEvent, fromStatus: FilingStatus | null, toStatus: FilingStatus, note: string | null, actor: string) {
    this.organization = organization;
    this.regionCode = organization.regionCode;
    this.event = event;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.note = note;
    this.actor = actor;
  }
}

// An activity report 活动报备 of a filed organization; late when made on or after the activity date.
@Entity({ tableName: 'social_activity_report' })
@Index({
  name: 'social_activity_report_region_prefix_idx',
  expression: 'create index "social_activity_report_region_prefix_idx" on "social_activity_report" ("region_code" varchar_pattern_ops, "id")',
})
@Index({
  name: 'social_activity_report_late_idx',
  expression:
    'create index "social_activity_report_late_idx" on "social_activity_report" ("region_code" varchar_pattern_ops, "activity_date", "id") where "late"',
})
@Index({ name: 'social_activity_report_organization_idx', properties: ['organization', 'activityDate'] })
export class SocialActivityReport {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => SocialOrganization, deleteRule: 'cascade' })
  organization: SocialOrganization;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 100 })
  title: string;

  @Property({ type: 'date' })
  activityDate: string;

  @Property({ type: 'datetime' })
  reportedAt: Date;

  @Property({ type: 'varchar', length: 200 })
  reportedBy: string;

  @Property({ type: 'boolean' })
  late: boolean;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  constructor(organization: SocialOrganization, title: string, activityDate: string, reportedAt: Date, reportedBy: string, late: boolean, note: string | null) {
    this.organization = organization;
    this.regionCode = organization.regionCode;
    this.title = title;
    this.activityDate = activityDate;
    this.reportedAt = reportedAt;
    this.reportedBy = reportedBy;
    this.late = late;
    this.note = note;
  }
}
