import { Migration } from '@mikro-orm/migrations';

export class Migration20261125035715_regions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "inbox_message" ("consumer_group" varchar(200) not null, "event_id" uuid not null, "type" varchar(200) not null, "received_at" timestamptz not null, constraint "inbox_message_pkey" primary key ("consumer_group", "event_id"));`);

    this.addSql(`create table "outbox_message" ("seq" bigserial primary key, "id" uuid not null, "topic" varchar(249) not null, "key" varchar(64) not null, "type" varchar(200) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_id_key" unique ("id");`);
    this.addSql(`create index "outbox_message_unpublished_idx" on "outbox_message" ("seq") where "published_at" is null;`);

    this.addSql(`create table "region" ("code" varchar(12) not null, "name" varchar(120) not null, "short_name" varchar(80) not null, "level" varchar(12) not null, "parent_code" varchar(12) null, "settlement" varchar(8) null, "party_member_count" int not null default 0, "updated_at" timestamptz not null, constraint "region_pkey" primary key ("code"));`);
    this.addSql(`create index "region_parent_code_idx" on "region" ("parent_code", "code");`);
    this.addSql(`create index "region_code_prefix_idx" on "region" ("code" varchar_pattern_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inbox_message" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);
  }

}
