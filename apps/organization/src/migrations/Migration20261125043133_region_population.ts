import { Migration } from '@mikro-orm/migrations';

export class Migration20261125043133_region_population extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "region" add column "population" int null, add column "households" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "region" drop column "population", drop column "households";`);
  }

}
