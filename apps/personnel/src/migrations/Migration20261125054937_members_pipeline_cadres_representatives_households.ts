import { Migration } from '@mikro-orm/migrations';

export class Migration20261125054937_members_pipeline_cadres_representatives_households extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cadre" ("id" uuid not null, "name" varchar(50) not null, "gender" varchar(6) not null, "birth_date" date not null, "education" varchar(16) not null, "region_code" varchar(12) not null, "member_id" uuid null, "created_by" varchar(100) not null, "created_at" timestamptz not null, constraint "cadre_pkey" primary key ("id"));`);
    this.addSql(`create index "cadre_region_prefix_idx" on "cadre" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "cadre_post" ("id" uuid not null, "cadre_id" uuid not null, "region_code" varchar(12) not null, "post" varchar(24) not null, "term_start" date not null, "term_end" date not null, "left_at" date null, "left_reason" varchar(16) null, "left_note" text null, "appointed_by" varchar(100) not null, "created_at" timestamptz not null, constraint "cadre_post_pkey" primary key ("id"));`);
    this.addSql(`create index "cadre_post_region_prefix_idx" on "cadre_post" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`create unique index "cadre_post_active_uq" on "cadre_post" ("cadre_id", "post") where "left_at" is null;`);
    this.addSql(`create unique index "cadre_post_single_holder_uq" on "cadre_post" ("region_code", "post") where "left_at" is null and "post" in ('SECRETARY', 'COMMITTEE_CHAIR');`);

    this.addSql(`create table "cadre_post_change" ("id" uuid not null, "post_id" uuid not null, "region_code" varchar(12) not null, "from_status" varchar(8) null, "to_status" varchar(8) not null, "changed_by" varchar(100) not null, "changed_at" timestamptz not null, "note" text null, constraint "cadre_post_change_pkey" primary key ("id"));`);
    this.addSql(`create index "cadre_post_change_post_idx" on "cadre_post_change" ("post_id");`);
    this.addSql(`create index "cadre_post_change_region_prefix_idx" on "cadre_post_change" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "cadre_training" ("id" uuid not null, "cadre_id" uuid not null, "region_code" varchar(12) not null, "trained_on" date not null, "topic" varchar(100) not null, "hours" numeric(5,1) not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "cadre_training_pkey" primary key ("id"));`);
    this.addSql(`create index "cadre_training_cadre_date_idx" on "cadre_training" ("cadre_id", "trained_on");`);
    this.addSql(`create index "cadre_training_region_prefix_idx" on "cadre_training" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "dispatched_cadre" ("id" uuid not null, "name" varchar(50) not null, "role" varchar(20) not null, "sending_unit" varchar(100) not null, "region_code" varchar(12) not null, "village_type" varchar(20) not null, "start_date" date not null, "end_date" date null, "recorded_by" varchar(100) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "dispatched_cadre_pkey" primary key ("id"));`);
    this.addSql(`create index "dispatched_cadre_village_start_idx" on "dispatched_cadre" ("region_code", "start_date");`);
    this.addSql(`create index "dispatched_cadre_region_prefix_idx" on "dispatched_cadre" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "dispatched_cadre_change" ("id" uuid not null, "assignment_id" uuid not null, "region_code" varchar(12) not null, "from_end_date" date null, "to_end_date" date not null, "changed_by" varchar(100) not null, "changed_at" timestamptz not null, "note" text null, constraint "dispatched_cadre_change_pkey" primary key ("id"));`);
    this.addSql(`create index "dispatched_cadre_change_assignment_idx" on "dispatched_cadre_change" ("assignment_id");`);
    this.addSql(`create index "dispatched_cadre_change_region_prefix_idx" on "dispatched_cadre_change" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "duty_line" ("id" uuid not null, "region_code" varchar(12) not null, "name" varchar(50) not null, "owner_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "duty_line_pkey" primary key ("id"));`);
    this.addSql(`create index "duty_line_owner_idx" on "duty_line" ("owner_id");`);
    this.addSql(`create index "duty_line_region_prefix_idx" on "duty_line" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "duty_line" add constraint "duty_line_village_name_uq" unique ("region_code", "name");`);

    this.addSql(`create table "duty_line_assignment" ("id" uuid not null, "line_id" uuid not null, "region_code" varchar(12) not null, "from_owner_id" uuid null, "to_owner_id" uuid not null, "assigned_by" varchar(100) not null, "assigned_at" timestamptz not null, constraint "duty_line_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "duty_line_assignment_line_idx" on "duty_line_assignment" ("line_id");`);
    this.addSql(`create index "duty_line_assignment_region_prefix_idx" on "duty_line_assignment" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "escalated_talk" ("id" uuid not null, "cadre_id" uuid not null, "region_code" varchar(12) not null, "talked_on" date not null, "conducted_by" varchar(100) not null, "reason" text not null, "note" text null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "escalated_talk_pkey" primary key ("id"));`);
    this.addSql(`create index "escalated_talk_cadre_idx" on "escalated_talk" ("cadre_id");`);
    this.addSql(`create index "escalated_talk_region_prefix_idx" on "escalated_talk" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "half_year_assessment" ("id" uuid not null, "cadre_id" uuid not null, "region_code" varchar(12) not null, "year" smallint not null, "half" varchar(6) not null, "grade" varchar(20) not null, "note" text null, "assessed_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "half_year_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "half_year_assessment_region_prefix_idx" on "half_year_assessment" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "half_year_assessment" add constraint "half_year_assessment_cadre_period_uq" unique ("cadre_id", "year", "half");`);

    this.addSql(`create table "household" ("id" uuid not null, "region_code" varchar(15) not null, "head_name" varchar(50) not null, "address" varchar(200) null, "created_by" varchar(200) not null, "created_at" timestamptz not null, constraint "household_pkey" primary key ("id"));`);
    this.addSql(`create index "household_region_prefix_idx" on "household" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "household_link_person" ("id" uuid not null, "region_code" varchar(12) not null, "name" varchar(50) not null, "link_role" varchar(24) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "household_link_person_pkey" primary key ("id"));`);
    this.addSql(`create index "household_link_person_region_prefix_idx" on "household_link_person" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "household_link" ("id" uuid not null, "person_id" uuid not null, "person_name" varchar(50) not null, "link_role" varchar(24) not null, "household_id" uuid not null, "region_code" varchar(15) not null, "linked_at" date not null, "linked_by" varchar(200) not null, "ended_at" date null, "ended_by" varchar(200) null, "end_reason" varchar(200) null, "created_at" timestamptz not null, constraint "household_link_pkey" primary key ("id"));`);
    this.addSql(`create index "household_link_household_idx" on "household_link" ("household_id", "ended_at");`);
    this.addSql(`create index "household_link_person_idx" on "household_link" ("person_id", "ended_at");`);
    this.addSql(`create index "household_link_region_prefix_idx" on "household_link" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`create unique index "household_link_active_unique" on "household_link" ("person_id", "household_id") where "ended_at" is null;`);

    this.addSql(`create table "household_visit" ("id" uuid not null, "link_id" uuid not null, "region_code" varchar(15) not null, "visited_on" date not null, "visit_month" char(7) not null, "note" varchar(500) null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, constraint "household_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "household_visit_month_idx" on "household_visit" ("visit_month", "region_code");`);
    this.addSql(`create index "household_visit_region_prefix_idx" on "household_visit" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "household_visit" add constraint "household_visit_link_month_unique" unique ("link_id", "visit_month");`);

    this.addSql(`create table "major_matter_report" ("id" uuid not null, "cadre_id" uuid not null, "region_code" varchar(12) not null, "reported_on" date not null, "category" varchar(24) not null, "summary" text not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "major_matter_report_pkey" primary key ("id"));`);
    this.addSql(`create index "major_matter_report_cadre_idx" on "major_matter_report" ("cadre_id");`);
    this.addSql(`create index "major_matter_report_region_prefix_idx" on "major_matter_report" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "mentorship" ("id" uuid not null, "mentee_id" uuid not null, "region_code" varchar(12) not null, "mentor_cadre_id" uuid null, "mentor_name" varchar(50) not null, "since" date not null, "until" date null, "assigned_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "mentorship_pkey" primary key ("id"));`);
    this.addSql(`create index "mentorship_mentor_idx" on "mentorship" ("mentor_cadre_id");`);
    this.addSql(`create index "mentorship_region_prefix_idx" on "mentorship" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`create unique index "mentorship_open_uq" on "mentorship" ("mentee_id") where "until" is null;`);

    this.addSql(`create table "party_member_transfer" ("id" uuid not null, "member_id" uuid not null, "region_code" varchar(12) not null, "from_region_code" varchar(12) not null, "from_branch_id" uuid null, "to_branch_id" uuid null, "from_in_village" boolean not null, "in_village" boolean not null, "transferred_at" date not null, "note" varchar(500) null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "party_member_transfer_pkey" primary key ("id"));`);
    this.addSql(`create index "party_member_transfer_member_idx" on "party_member_transfer" ("member_id", "transferred_at", "id");`);
    this.addSql(`create index "party_member_transfer_region_prefix_idx" on "party_member_transfer" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "party_member_disposition" ("id" uuid not null, "member_id" uuid not null, "region_code" varchar(12) not null, "kind" varchar(16) not null, "reason" varchar(500) not null, "decided_at" date not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "party_member_disposition_pkey" primary key ("id"));`);
    this.addSql(`create index "party_member_disposition_member_idx" on "party_member_disposition" ("member_id", "decided_at", "id");`);
    this.addSql(`create index "party_member_disposition_region_prefix_idx" on "party_member_disposition" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "party_member_departure" ("id" uuid not null, "member_id" uuid not null, "region_code" varchar(12) not null, "branch_id" uuid null, "reason" varchar(24) not null, "left_at" date not null, "note" varchar(500) null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "party_member_departure_pkey" primary key ("id"));`);
    this.addSql(`create index "party_member_departure_region_prefix_idx" on "party_member_departure" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "party_member_departure" add constraint "party_member_departure_member_unique" unique ("member_id");`);

    this.addSql(`create table "party_member_annual_record" ("id" uuid not null, "member_id" uuid not null, "region_code" varchar(12) not null, "year" smallint not null, "rating" varchar(24) null, "summary" text not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "party_member_annual_record_pkey" primary key ("id"));`);
    this.addSql(`create index "party_member_annual_record_region_prefix_idx" on "party_member_annual_record" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "party_member_annual_record" add constraint "party_member_annual_record_member_year_unique" unique ("member_id", "year");`);

    this.addSql(`create table "pipeline_person" ("id" uuid not null, "name" varchar(50) not null, "gender" varchar(8) not null, "birth_date" date not null, "id_number_sealed" text not null, "id_number_hash" varchar(64) not null, "region_code" varchar(12) not null, "branch_id" uuid not null, "in_village" boolean not null default true, "applied_at" date not null, "stage" varchar(16) not null, "stage_entered_at" date not null, "due_at" date null, "first_sponsor_id" uuid null, "second_sponsor_id" uuid null, "member_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "pipeline_person_pkey" primary key ("id"));`);
    this.addSql(`create unique index "pipeline_person_open_id_number_unique" on "pipeline_person" ("id_number_hash") where "stage" <> 'FULL';`);
    this.addSql(`create index "pipeline_person_due_idx" on "pipeline_person" ("due_at", "id");`);
    this.addSql(`create index "pipeline_person_branch_idx" on "pipeline_person" ("branch_id", "stage", "name", "id");`);
    this.addSql(`create index "pipeline_person_region_prefix_idx" on "pipeline_person" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "pipeline_stage" ("id" uuid not null, "person_id" uuid not null, "region_code" varchar(12) not null, "branch_id" uuid not null, "from_stage" varchar(16) null, "stage" varchar(16) not null, "ordinal" smallint not null, "entered_at" date not null, "first_sponsor_id" uuid null, "second_sponsor_id" uuid null, "vote_eligible" smallint null, "vote_present" smallint null, "vote_in_favour" smallint null, "vote_against" smallint null, "note" varchar(500) null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "pipeline_stage_pkey" primary key ("id"));`);
    this.addSql(`create index "pipeline_stage_region_prefix_idx" on "pipeline_stage" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "pipeline_stage" add constraint "pipeline_stage_person_stage_unique" unique ("person_id", "stage");`);

    this.addSql(`create table "qualification_review" ("id" uuid not null, "cadre_id" uuid not null, "region_code" varchar(12) not null, "reviewed_on" date not null, "result" varchar(8) not null, "reasons" jsonb not null, "reviewed_by" varchar(100) not null, "recorded_at" timestamptz not null, constraint "qualification_review_pkey" primary key ("id"));`);
    this.addSql(`create index "qualification_review_cadre_idx" on "qualification_review" ("cadre_id");`);
    this.addSql(`create index "qualification_review_region_prefix_idx" on "qualification_review" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "sensitive_read" ("id" uuid not null, "region_code" varchar(12) not null, "reader_subject" varchar(100) not null, "reader_roles" varchar(200) not null, "subject_type" varchar(16) not null, "subject_id" uuid not null, "field" varchar(16) not null, "read_at" timestamptz not null, constraint "sensitive_read_pkey" primary key ("id"));`);
    this.addSql(`create index "sensitive_read_subject_idx" on "sensitive_read" ("subject_id", "read_at");`);
    this.addSql(`create index "sensitive_read_region_prefix_idx" on "sensitive_read" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "talent_record" ("id" uuid not null, "kind" varchar(12) not null, "name" varchar(50) not null, "region_code" varchar(15) not null, "since" date not null, "until" date null, "note" text null, "recorded_by" varchar(100) not null, "created_at" timestamptz not null, constraint "talent_record_pkey" primary key ("id"));`);
    this.addSql(`create index "talent_record_region_prefix_idx" on "talent_record" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "talent_record_change" ("id" uuid not null, "record_id" uuid not null, "region_code" varchar(15) not null, "from_until" date null, "to_until" date not null, "changed_by" varchar(100) not null, "changed_at" timestamptz not null, "note" text null, constraint "talent_record_change_pkey" primary key ("id"));`);
    this.addSql(`create index "talent_record_change_record_idx" on "talent_record_change" ("record_id");`);
    this.addSql(`create index "talent_record_change_region_prefix_idx" on "talent_record_change" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "village_representative" ("id" uuid not null, "name" varchar(50) not null, "region_code" varchar(12) not null, "member_id" uuid null, "elected_at" date not null, "status" varchar(12) not null default 'ACTIVE', "left_on" date null, "replaced_by" uuid null, "created_by" varchar(200) not null, "created_at" timestamptz not null, constraint "village_representative_pkey" primary key ("id"));`);
    this.addSql(`create index "village_representative_region_prefix_idx" on "village_representative" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`create unique index "village_representative_active_member_unique" on "village_representative" ("member_id") where "status" = 'ACTIVE' and "member_id" is not null;`);

    this.addSql(`create table "representative_status_change" ("id" uuid not null, "representative_id" uuid not null, "region_code" varchar(12) not null, "from_status" varchar(12) null, "to_status" varchar(12) not null, "effective_on" date not null, "reason" varchar(200) not null, "filed_with_county_on" date null, "counterpart_id" uuid null, "changed_by" varchar(200) not null, "changed_at" timestamptz not null, constraint "representative_status_change_pkey" primary key ("id"));`);
    this.addSql(`create index "representative_status_change_representative_idx" on "representative_status_change" ("representative_id", "changed_at");`);
    this.addSql(`create index "representative_status_change_region_prefix_idx" on "representative_status_change" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "representative_point_change" ("id" uuid not null, "representative_id" uuid not null, "region_code" varchar(12) not null, "year" smallint not null, "item_code" varchar(40) not null, "points" smallint not null, "reason" varchar(200) not null, "occurred_on" date not null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, constraint "representative_point_change_pkey" primary key ("id"));`);
    this.addSql(`create index "representative_point_change_year_idx" on "representative_point_change" ("representative_id", "year");`);
    this.addSql(`create index "representative_point_change_region_prefix_idx" on "representative_point_change" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`alter table "cadre_post" add constraint "cadre_post_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "cadre_post_change" add constraint "cadre_post_change_post_id_foreign" foreign key ("post_id") references "cadre_post" ("id") on update cascade;`);

    this.addSql(`alter table "cadre_training" add constraint "cadre_training_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "dispatched_cadre_change" add constraint "dispatched_cadre_change_assignment_id_foreign" foreign key ("assignment_id") references "dispatched_cadre" ("id") on update cascade;`);

    this.addSql(`alter table "duty_line" add constraint "duty_line_owner_id_foreign" foreign key ("owner_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "duty_line_assignment" add constraint "duty_line_assignment_line_id_foreign" foreign key ("line_id") references "duty_line" ("id") on update cascade;`);
    this.addSql(`alter table "duty_line_assignment" add constraint "duty_line_assignment_from_owner_id_foreign" foreign key ("from_owner_id") references "cadre" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "duty_line_assignment" add constraint "duty_line_assignment_to_owner_id_foreign" foreign key ("to_owner_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "escalated_talk" add constraint "escalated_talk_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "half_year_assessment" add constraint "half_year_assessment_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "household_link" add constraint "household_link_person_id_foreign" foreign key ("person_id") references "household_link_person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "household_link" add constraint "household_link_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "household_visit" add constraint "household_visit_link_id_foreign" foreign key ("link_id") references "household_link" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "major_matter_report" add constraint "major_matter_report_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "mentorship" add constraint "mentorship_mentee_id_foreign" foreign key ("mentee_id") references "cadre" ("id") on update cascade;`);
    this.addSql(`alter table "mentorship" add constraint "mentorship_mentor_cadre_id_foreign" foreign key ("mentor_cadre_id") references "cadre" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "party_member_transfer" add constraint "party_member_transfer_member_id_foreign" foreign key ("member_id") references "party_member" ("id") on update cascade;`);

    this.addSql(`alter table "party_member_disposition" add constraint "party_member_disposition_member_id_foreign" foreign key ("member_id") references "party_member" ("id") on update cascade;`);

    this.addSql(`alter table "party_member_departure" add constraint "party_member_departure_member_id_foreign" foreign key ("member_id") references "party_member" ("id") on update cascade;`);

    this.addSql(`alter table "party_member_annual_record" add constraint "party_member_annual_record_member_id_foreign" foreign key ("member_id") references "party_member" ("id") on update cascade;`);

    this.addSql(`alter table "pipeline_stage" add constraint "pipeline_stage_person_id_foreign" foreign key ("person_id") references "pipeline_person" ("id") on update cascade;`);

    this.addSql(`alter table "qualification_review" add constraint "qualification_review_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "talent_record_change" add constraint "talent_record_change_record_id_foreign" foreign key ("record_id") references "talent_record" ("id") on update cascade;`);

    this.addSql(`alter table "representative_status_change" add constraint "representative_status_change_representative_id_foreign" foreign key ("representative_id") references "village_representative" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "representative_point_change" add constraint "representative_point_change_representative_id_foreign" foreign key ("representative_id") references "village_representative" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "party_member" add column "status" varchar(16) not null default 'FULL', add column "gender" varchar(8) null, add column "birth_date" date null, add column "education" varchar(24) null, add column "id_number_sealed" text null, add column "id_number_hash" varchar(64) null, add column "phone_sealed" text null, add column "branch_since" date null, add column "suspended_since" date null, add column "left_at" date null, add column "left_reason" varchar(24) null, add column "updated_at" timestamptz not null default now();`);
    this.addSql(`create unique index "party_member_current_id_number_unique" on "party_member" ("id_number_hash") where "id_number_hash" is not null and "left_at" is null;`);
    this.addSql(`create index "party_member_branch_idx" on "party_member" ("branch_id", "name", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cadre_post" drop constraint "cadre_post_cadre_id_foreign";`);

    this.addSql(`alter table "cadre_training" drop constraint "cadre_training_cadre_id_foreign";`);

    this.addSql(`alter table "duty_line" drop constraint "duty_line_owner_id_foreign";`);

    this.addSql(`alter table "duty_line_assignment" drop constraint "duty_line_assignment_from_owner_id_foreign";`);

    this.addSql(`alter table "duty_line_assignment" drop constraint "duty_line_assignment_to_owner_id_foreign";`);

    this.addSql(`alter table "escalated_talk" drop constraint "escalated_talk_cadre_id_foreign";`);

    this.addSql(`alter table "half_year_assessment" drop constraint "half_year_assessment_cadre_id_foreign";`);

    this.addSql(`alter table "major_matter_report" drop constraint "major_matter_report_cadre_id_foreign";`);

    this.addSql(`alter table "mentorship" drop constraint "mentorship_mentee_id_foreign";`);

    this.addSql(`alter table "mentorship" drop constraint "mentorship_mentor_cadre_id_foreign";`);

    this.addSql(`alter table "qualification_review" drop constraint "qualification_review_cadre_id_foreign";`);

    this.addSql(`alter table "cadre_post_change" drop constraint "cadre_post_change_post_id_foreign";`);

    this.addSql(`alter table "dispatched_cadre_change" drop constraint "dispatched_cadre_change_assignment_id_foreign";`);

    this.addSql(`alter table "duty_line_assignment" drop constraint "duty_line_assignment_line_id_foreign";`);

    this.addSql(`alter table "household_link" drop constraint "household_link_household_id_foreign";`);

    this.addSql(`alter table "household_link" drop constraint "household_link_person_id_foreign";`);

    this.addSql(`alter table "household_visit" drop constraint "household_visit_link_id_foreign";`);

    this.addSql(`alter table "pipeline_stage" drop constraint "pipeline_stage_person_id_foreign";`);

    this.addSql(`alter table "talent_record_change" drop constraint "talent_record_change_record_id_foreign";`);

    this.addSql(`alter table "representative_status_change" drop constraint "representative_status_change_representative_id_foreign";`);

    this.addSql(`alter table "representative_point_change" drop constraint "representative_point_change_representative_id_foreign";`);

    this.addSql(`drop table if exists "cadre" cascade;`);

    this.addSql(`drop table if exists "cadre_post" cascade;`);

    this.addSql(`drop table if exists "cadre_post_change" cascade;`);

    this.addSql(`drop table if exists "cadre_training" cascade;`);

    this.addSql(`drop table if exists "dispatched_cadre" cascade;`);

    this.addSql(`drop table if exists "dispatched_cadre_change" cascade;`);

    this.addSql(`drop table if exists "duty_line" cascade;`);

    this.addSql(`drop table if exists "duty_line_assignment" cascade;`);

    this.addSql(`drop table if exists "escalated_talk" cascade;`);

    this.addSql(`drop table if exists "half_year_assessment" cascade;`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "household_link_person" cascade;`);

    this.addSql(`drop table if exists "household_link" cascade;`);

    this.addSql(`drop table if exists "household_visit" cascade;`);

    this.addSql(`drop table if exists "major_matter_report" cascade;`);

    this.addSql(`drop table if exists "mentorship" cascade;`);

    this.addSql(`drop table if exists "party_member_transfer" cascade;`);

    this.addSql(`drop table if exists "party_member_disposition" cascade;`);

    this.addSql(`drop table if exists "party_member_departure" cascade;`);

    this.addSql(`drop table if exists "party_member_annual_record" cascade;`);

    this.addSql(`drop table if exists "pipeline_person" cascade;`);

    this.addSql(`drop table if exists "pipeline_stage" cascade;`);

    this.addSql(`drop table if exists "qualification_review" cascade;`);

    this.addSql(`drop table if exists "sensitive_read" cascade;`);

    this.addSql(`drop table if exists "talent_record" cascade;`);

    this.addSql(`drop table if exists "talent_record_change" cascade;`);

    this.addSql(`drop table if exists "village_representative" cascade;`);

    this.addSql(`drop table if exists "representative_status_change" cascade;`);

    this.addSql(`drop table if exists "representative_point_change" cascade;`);

    this.addSql(`drop index "party_member_current_id_number_unique";`);
    this.addSql(`drop index "party_member_branch_idx";`);
    this.addSql(`alter table "party_member" drop column "status", drop column "gender", drop column "birth_date", drop column "education", drop column "id_number_sealed", drop column "id_number_hash", drop column "phone_sealed", drop column "branch_since", drop column "suspended_since", drop column "left_at", drop column "left_reason", drop column "updated_at";`);
  }

}
