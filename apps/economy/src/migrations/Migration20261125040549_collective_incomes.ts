import { Migration } from '@mikro-orm/migrations';

export class Migration20261125040549_collective_incomes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "collective_income" ("id" uuid not null, "region_code" varchar(12) not null, "year" smallint not null, "amount" bigint not null, "recorded_at" date not null, "corrected_at" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "collective_income_pkey" primary key ("id"));`);
    this.addSql(`create index "collective_income_region_prefix_idx" on "collective_income" ("region_code" varchar_pattern_ops, "id");`);
    this.addSql(`alter table "collective_income" add constraint "collective_income_region_year_unique" unique ("region_code", "year");`);

    this.addSql(`create table "inbox_message" ("consumer_group" varchar(200) not null, "event_id" uuid not null, "type" varchar(200) not null, "received_at" timestamptz not null, constraint "inbox_message_pkey" primary key ("consumer_group", "event_id"));`);

    this.addSql(`create table "outbox_message" ("seq" bigserial primary key, "id" uuid not null, "topic" varchar(249) not null, "key" varchar(64) not null, "type" varchar(200) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_id_key" unique ("id");`);
    this.addSql(`create index "outbox_message_unpublished_idx" on "outbox_message" ("seq") where "published_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "collective_income" cascade;`);

    this.addSql(`drop table if exists "inbox_message" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);
  }

}
