import { Migration } from '@mikro-orm/migrations';

export class Migration20261125065737_branch_directory_village_types extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "known_party_organization" ("id" uuid not null, "kind" varchar(16) not null, "form" varchar(32) not null, "region_code" varchar(15) not null, "parent_id" uuid null, "name" varchar(100) not null, "dissolved_at" date null, "received_at" timestamptz not null, "updated_at" timestamptz not null, constraint "known_party_organization_pkey" primary key ("id"));`);
    this.addSql(`create index "known_party_organization_parent_idx" on "known_party_organization" ("parent_id");`);
    this.addSql(`create index "known_party_organization_region_prefix_idx" on "known_party_organization" ("region_code" varchar_pattern_ops, "id");`);

    this.addSql(`create table "village_type_period" ("id" uuid not null, "region_code" varchar(12) not null, "village_type" varchar(20) not null, "since" date not null, "until" date null, "set_by" varchar(100) not null, "case_id" uuid null, "note" text null, "ended_by" varchar(100) null, "end_note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "village_type_period_pkey" primary key ("id"));`);
    this.addSql(`create index "village_type_period_type_idx" on "village_type_period" ("village_type", "region_code");`);
    this.addSql(`create index "village_type_period_region_prefix_idx" on "village_type_period" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`create unique index "village_type_period_open_uq" on "village_type_period" ("region_code", "village_type") where "until" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "known_party_organization" cascade;`);

    this.addSql(`drop table if exists "village_type_period" cascade;`);
  }

}
