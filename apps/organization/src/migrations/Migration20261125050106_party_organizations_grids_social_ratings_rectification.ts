import { Migration } from '@mikro-orm/migrations';

export class Migration20261125050106_party_organizations_grids_social_ratings_rectification extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "grid" ("id" uuid not null, "name" varchar(60) not null, "level" varchar(12) not null, "parent_id" uuid null, "region_code" varchar(12) not null, "departments" text[] not null default '{}', "households" int null, "chief_count" smallint not null default 0, "instructor_count" smallint not null default 0, "worker_count" smallint not null default 0, "created_by" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "grid_pkey" primary key ("id"));`);
    this.addSql(`create index "grid_region_prefix_idx" on "grid" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "grid" add constraint "grid_parent_name_unique" unique ("parent_id", "name");`);
    this.addSql(`create unique index "grid_village_region_unique" on "grid" ("region_code") where "level" = 'VILLAGE';`);
    this.addSql(`create unique index "grid_township_region_unique" on "grid" ("region_code") where "level" = 'TOWNSHIP';`);

    this.addSql(`create table "grid_role_assignment" ("id" uuid not null, "grid_id" uuid not null, "region_code" varchar(12) not null, "person_id" uuid not null, "person_name" varchar(50) not null, "role" varchar(12) not null, "seat" smallint not null, "assigned_at" date not null, "assigned_by" varchar(200) not null, "ended_at" date null, "ended_by" varchar(200) null, "end_reason" varchar(200) null, "created_at" timestamptz not null, constraint "grid_role_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "grid_role_assignment_grid_idx" on "grid_role_assignment" ("grid_id", "assigned_at");`);
    this.addSql(`create index "grid_role_assignment_region_prefix_idx" on "grid_role_assignment" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`create unique index "grid_role_assignment_active_person_unique" on "grid_role_assignment" ("grid_id", "person_id") where "ended_at" is null;`);
    this.addSql(`create unique index "grid_role_assignment_active_seat_unique" on "grid_role_assignment" ("grid_id", "role", "seat") where "ended_at" is null;`);

    this.addSql(`create table "party_organization" ("id" uuid not null, "name" varchar(100) not null, "kind" varchar(16) not null, "form" varchar(32) not null default 'STANDARD', "region_code" varchar(15) not null, "parent_id" uuid null, "anchor_member_id" uuid null, "founded_at" date not null, "dissolved_at" date null, "member_count" int not null default 0, "in_village_member_count" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "party_organization_pkey" primary key ("id"), constraint party_organization_counts_check check (member_count >= 0 and in_village_member_count >= 0));`);
    this.addSql(`create index "party_organization_parent_idx" on "party_organization" ("parent_id", "name");`);
    this.addSql(`create index "party_organization_region_prefix_idx" on "party_organization" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "party_organization_change" ("id" uuid not null, "organization_id" uuid not null, "region_code" varchar(15) not null, "action" varchar(16) not null, "from_value" varchar(100) null, "to_value" varchar(100) null, "note" varchar(200) null, "changed_by" varchar(100) not null, "changed_at" timestamptz not null, constraint "party_organization_change_pkey" primary key ("id"));`);
    this.addSql(`create index "party_organization_change_organization_idx" on "party_organization_change" ("organization_id", "changed_at");`);
    this.addSql(`create index "party_organization_change_prefix_idx" on "party_organization_change" ("region_code" varchar_pattern_ops);`);

    this.addSql(`create table "party_organization_member_region" ("id" uuid not null, "organization_id" uuid not null, "region_code" varchar(12) not null, constraint "party_organization_member_region_pkey" primary key ("id"));`);
    this.addSql(`create index "party_organization_member_region_prefix_idx" on "party_organization_member_region" ("region_code" varchar_pattern_ops);`);
    this.addSql(`alter table "party_organization_member_region" add constraint "party_organization_member_region_key" unique ("organization_id", "region_code");`);

    this.addSql(`create table "party_organization_resident_unit" ("id" uuid not null, "organization_id" uuid not null, "region_code" varchar(15) not null, "name" varchar(100) not null, "unit_kind" varchar(24) not null, constraint "party_organization_resident_unit_pkey" primary key ("id"));`);
    this.addSql(`create index "party_organization_resident_unit_prefix_idx" on "party_organization_resident_unit" ("region_code" varchar_pattern_ops);`);
    this.addSql(`alter table "party_organization_resident_unit" add constraint "party_organization_resident_unit_key" unique ("organization_id", "name");`);

    this.addSql(`create table "social_organization" ("id" uuid not null, "name" varchar(80) not null, "kind" varchar(32) not null, "region_code" varchar(12) not null, "leader_name" varchar(50) not null, "filing_status" varchar(12) not null default 'UNFILED', "refusal_reason" varchar(500) null, "filed_at" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "social_organization_pkey" primary key ("id"));`);
    this.addSql(`create index "social_organization_region_prefix_idx" on "social_organization" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "social_organization" add constraint "social_organization_region_name_unique" unique ("region_code", "name");`);

    this.addSql(`create table "social_activity_report" ("id" uuid not null, "organization_id" uuid not null, "region_code" varchar(12) not null, "title" varchar(100) not null, "activity_date" date not null, "reported_at" timestamptz not null, "reported_by" varchar(200) not null, "late" boolean not null, "note" varchar(500) null, constraint "social_activity_report_pkey" primary key ("id"));`);
    this.addSql(`create index "social_activity_report_organization_idx" on "social_activity_report" ("organization_id", "activity_date");`);
    this.addSql(`create index "social_activity_report_late_idx" on "social_activity_report" ("region_code" varchar_pattern_ops, "activity_date", "id") where "late";`);
    this.addSql(`create index "social_activity_report_region_prefix_idx" on "social_activity_report" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "social_organization_filing_transition" ("id" uuid not null, "organization_id" uuid not null, "region_code" varchar(12) not null, "event" varchar(12) not null, "from_status" varchar(12) null, "to_status" varchar(12) not null, "note" varchar(500) null, "actor" varchar(200) not null, "at" timestamptz not null, constraint "social_organization_filing_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "social_organization_filing_transition_organization_idx" on "social_organization_filing_transition" ("organization_id", "at");`);
    this.addSql(`create index "social_organization_filing_transition_region_prefix_idx" on "social_organization_filing_transition" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "star_rating" ("id" uuid not null, "region_code" varchar(12) not null, "organization_id" uuid null, "year" smallint not null, "stars" smallint not null, "note" varchar(500) null, "rated_by" varchar(200) not null, "rated_at" timestamptz not null, "updated_at" timestamptz not null, constraint "star_rating_pkey" primary key ("id"));`);
    this.addSql(`create index "star_rating_region_prefix_idx" on "star_rating" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "star_rating" add constraint "star_rating_region_year_unique" unique ("region_code", "year");`);

    this.addSql(`create table "star_rating_correction" ("id" uuid not null, "rating_id" uuid not null, "region_code" varchar(12) not null, "previous_stars" smallint not null, "stars" smallint not null, "note" varchar(500) not null, "corrected_by" varchar(200) not null, "corrected_at" timestamptz not null, constraint "star_rating_correction_pkey" primary key ("id"));`);
    this.addSql(`create index "star_rating_correction_rating_idx" on "star_rating_correction" ("rating_id", "corrected_at");`);
    this.addSql(`create index "star_rating_correction_region_prefix_idx" on "star_rating_correction" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "weak_organization_case" ("id" uuid not null, "region_code" varchar(12) not null, "organization_id" uuid null, "reasons" jsonb not null, "other_reason" varchar(200) null, "contact_level" varchar(10) not null, "contact_leader_name" varchar(50) not null, "contact_leader_person_id" uuid null, "state" varchar(16) not null default 'DESIGNATED', "relapse_count" int not null default 0, "designated_at" date not null, "closed_at" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "weak_organization_case_pkey" primary key ("id"));`);
    this.addSql(`create unique index "weak_organization_case_open_village_unique" on "weak_organization_case" ("region_code") where "state" in ('DESIGNATED', 'PLAN_APPROVED', 'RECTIFYING');`);
    this.addSql(`create index "weak_organization_case_region_prefix_idx" on "weak_organization_case" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "rectification_progress_report" ("id" uuid not null, "case_id" uuid not null, "region_code" varchar(12) not null, "week" varchar(8) not null, "week_start" date not null, "text" text not null, "completed_item_ids" jsonb not null, "reported_by" varchar(100) not null, "reported_by_name" varchar(50) null, "reported_at" timestamptz not null, constraint "rectification_progress_report_pkey" primary key ("id"));`);
    this.addSql(`create index "rectification_progress_report_region_prefix_idx" on "rectification_progress_report" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "rectification_progress_report" add constraint "rectification_progress_report_case_week_unique" unique ("case_id", "week");`);

    this.addSql(`create table "rectification_plan" ("id" uuid not null, "case_id" uuid not null, "region_code" varchar(12) not null, "round" int not null, "state" varchar(10) not null default 'DRAFT', "proposed_at" date null, "proposed_by" varchar(100) null, "review_held_on" date null, "representative_count" int null, "attendance" int null, "votes_for" int null, "review_opinion" text null, "remedies" jsonb not null, "assessment_opinion" text null, "approved_at" date null, "approved_by" varchar(100) null, "return_reason" text null, "returned_at" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "rectification_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "rectification_plan_region_prefix_idx" on "rectification_plan" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "rectification_plan" add constraint "rectification_plan_case_round_unique" unique ("case_id", "round");`);

    this.addSql(`create table "rectification_item" ("id" uuid not null, "plan_id" uuid not null, "region_code" varchar(12) not null, "position" int not null, "problem" text null, "measure" text null, "responsible_person" varchar(50) null, "responsible_person_id" uuid null, "deadline" date null, "returned_missing" jsonb not null, "done_at" date null, "done_by" varchar(100) null, "version" int not null default 1, "created_at" timestamptz not null, constraint "rectification_item_pkey" primary key ("id"));`);
    this.addSql(`create index "rectification_item_plan_idx" on "rectification_item" ("plan_id", "position");`);
    this.addSql(`create index "rectification_item_open_deadline_idx" on "rectification_item" ("deadline", "region_code") where "done_at" is null;`);
    this.addSql(`create index "rectification_item_region_prefix_idx" on "rectification_item" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "case_transition" ("id" serial primary key, "case_id" uuid not null, "region_code" varchar(12) not null, "action" varchar(24) not null, "from_state" varchar(16) null, "to_state" varchar(16) not null, "plan_id" uuid null, "plan_from_state" varchar(10) null, "plan_to_state" varchar(10) null, "item_id" uuid null, "actor" varchar(100) not null, "actor_name" varchar(50) null, "at" timestamptz not null, "note" text null);`);
    this.addSql(`create index "case_transition_case_idx" on "case_transition" ("case_id", "id");`);
    this.addSql(`create index "case_transition_region_prefix_idx" on "case_transition" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`alter table "grid" add constraint "grid_parent_id_foreign" foreign key ("parent_id") references "grid" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "grid_role_assignment" add constraint "grid_role_assignment_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "party_organization" add constraint "party_organization_parent_id_foreign" foreign key ("parent_id") references "party_organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "party_organization_change" add constraint "party_organization_change_organization_id_foreign" foreign key ("organization_id") references "party_organization" ("id") on update cascade;`);

    this.addSql(`alter table "party_organization_member_region" add constraint "party_organization_member_region_organization_id_foreign" foreign key ("organization_id") references "party_organization" ("id") on update cascade;`);

    this.addSql(`alter table "party_organization_resident_unit" add constraint "party_organization_resident_unit_organization_id_foreign" foreign key ("organization_id") references "party_organization" ("id") on update cascade;`);

    this.addSql(`alter table "social_activity_report" add constraint "social_activity_report_organization_id_foreign" foreign key ("organization_id") references "social_organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "social_organization_filing_transition" add constraint "social_organization_filing_transition_organization_id_foreign" foreign key ("organization_id") references "social_organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "star_rating_correction" add constraint "star_rating_correction_rating_id_foreign" foreign key ("rating_id") references "star_rating" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "rectification_progress_report" add constraint "rectification_progress_report_case_id_foreign" foreign key ("case_id") references "weak_organization_case" ("id") on update cascade;`);

    this.addSql(`alter table "rectification_plan" add constraint "rectification_plan_case_id_foreign" foreign key ("case_id") references "weak_organization_case" ("id") on update cascade;`);

    this.addSql(`alter table "rectification_item" add constraint "rectification_item_plan_id_foreign" foreign key ("plan_id") references "rectification_plan" ("id") on update cascade;`);

    this.addSql(`alter table "case_transition" add constraint "case_transition_case_id_foreign" foreign key ("case_id") references "weak_organization_case" ("id") on update cascade;`);
    this.addSql(`alter table "case_transition" add constraint "case_transition_plan_id_foreign" foreign key ("plan_id") references "rectification_plan" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grid" drop constraint "grid_parent_id_foreign";`);

    this.addSql(`alter table "grid_role_assignment" drop constraint "grid_role_assignment_grid_id_foreign";`);

    this.addSql(`alter table "party_organization" drop constraint "party_organization_parent_id_foreign";`);

    this.addSql(`alter table "party_organization_change" drop constraint "party_organization_change_organization_id_foreign";`);

    this.addSql(`alter table "party_organization_member_region" drop constraint "party_organization_member_region_organization_id_foreign";`);

    this.addSql(`alter table "party_organization_resident_unit" drop constraint "party_organization_resident_unit_organization_id_foreign";`);

    this.addSql(`alter table "social_activity_report" drop constraint "social_activity_report_organization_id_foreign";`);

    this.addSql(`alter table "social_organization_filing_transition" drop constraint "social_organization_filing_transition_organization_id_foreign";`);

    this.addSql(`alter table "star_rating_correction" drop constraint "star_rating_correction_rating_id_foreign";`);

    this.addSql(`alter table "rectification_progress_report" drop constraint "rectification_progress_report_case_id_foreign";`);

    this.addSql(`alter table "rectification_plan" drop constraint "rectification_plan_case_id_foreign";`);

    this.addSql(`alter table "case_transition" drop constraint "case_transition_case_id_foreign";`);

    this.addSql(`alter table "rectification_item" drop constraint "rectification_item_plan_id_foreign";`);

    this.addSql(`alter table "case_transition" drop constraint "case_transition_plan_id_foreign";`);

    this.addSql(`drop table if exists "grid" cascade;`);

    this.addSql(`drop table if exists "grid_role_assignment" cascade;`);

    this.addSql(`drop table if exists "party_organization" cascade;`);

    this.addSql(`drop table if exists "party_organization_change" cascade;`);

    this.addSql(`drop table if exists "party_organization_member_region" cascade;`);

    this.addSql(`drop table if exists "party_organization_resident_unit" cascade;`);

    this.addSql(`drop table if exists "social_organization" cascade;`);

    this.addSql(`drop table if exists "social_activity_report" cascade;`);

    this.addSql(`drop table if exists "social_organization_filing_transition" cascade;`);

    this.addSql(`drop table if exists "star_rating" cascade;`);

    this.addSql(`drop table if exists "star_rating_correction" cascade;`);

    this.addSql(`drop table if exists "weak_organization_case" cascade;`);

    this.addSql(`drop table if exists "rectification_progress_report" cascade;`);

    this.addSql(`drop table if exists "rectification_plan" cascade;`);

    this.addSql(`drop table if exists "rectification_item" cascade;`);

    this.addSql(`drop table if exists "case_transition" cascade;`);
  }

}
