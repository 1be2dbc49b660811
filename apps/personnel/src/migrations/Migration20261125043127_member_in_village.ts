import { Migration } from '@mikro-orm/migrations';

export class Migration20261125043127_member_in_village extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "party_member" add column "in_village" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "party_member" drop column "in_village";`);
  }

}
