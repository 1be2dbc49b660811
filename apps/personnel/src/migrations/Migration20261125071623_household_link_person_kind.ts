import { Migration } from '@mikro-orm/migrations';

// Link people are now identified by the record their role comes from. Rows written before this
// migration declared a role; their kind is read back from it (added nullable, filled, then made
// NOT NULL, so a database with links migrates).
const KIND_OF_ROLE = `case link_role when 'PARTY_MEMBER' then 'MEMBER' when 'REPRESENTATIVE' then 'REPRESENTATIVE' when 'GRID_WORKER' then 'GRID_WORKER' else 'CADRE' end`;

export class Migration20261125071623_household_link_person_kind extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "household_link_person" add column "kind" varchar(16) null;`);
    this.addSql(`update "household_link_person" set "kind" = ${KIND_OF_ROLE};`);
    this.addSql(`alter table "household_link_person" alter column "kind" set not null;`);
    this.addSql(
      `create unique index "household_link_person_grid_worker_unique" on "household_link_person" ("region_code", "name") where "kind" = 'GRID_WORKER';`,
    );

    this.addSql(`alter table "household_link" add column "person_kind" varchar(16) null;`);
    this.addSql(`update "household_link" set "person_kind" = ${KIND_OF_ROLE};`);
    this.addSql(`alter table "household_link" alter column "person_kind" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "household_link" drop column "person_kind";`);
    this.addSql(`drop index "household_link_person_grid_worker_unique";`);
    this.addSql(`alter table "household_link_person" drop column "kind";`);
  }
}
