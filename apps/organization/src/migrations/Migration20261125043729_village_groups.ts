import { Migration } from '@mikro-orm/migrations';

export class Migration20261125043729_village_groups extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "region" alter column "code" type varchar(15) using ("code"::varchar(15));`);
    this.addSql(`alter table "region" alter column "level" type varchar(16) using ("level"::varchar(16));`);
    this.addSql(`alter table "region" alter column "parent_code" type varchar(15) using ("parent_code"::varchar(15));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "region" alter column "code" type varchar(12) using ("code"::varchar(12));`);
    this.addSql(`alter table "region" alter column "level" type varchar(12) using ("level"::varchar(12));`);
    this.addSql(`alter table "region" alter column "parent_code" type varchar(12) using ("parent_code"::varchar(12));`);
  }

}
