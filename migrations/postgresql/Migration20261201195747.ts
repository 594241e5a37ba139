import { Migration } from '@mikro-orm/migrations';

export class Migration20261201195747 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "factory_analysis" add column "schema_version" int not null default 1;`);

    this.addSql(`alter table "interpretation" add column "schema_version" int not null default 1;`);

    this.addSql(`alter table "analysis_result" add column "schema_version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "analysis_result" drop column "schema_version";`);

    this.addSql(`alter table "factory_analysis" drop column "schema_version";`);

    this.addSql(`alter table "interpretation" drop column "schema_version";`);
  }
}
