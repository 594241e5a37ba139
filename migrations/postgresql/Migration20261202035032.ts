import { Migration } from '@mikro-orm/migrations';

export class Migration20261202035032 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "project" add column "energy_baseline_analysis_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project" drop column "energy_baseline_analysis_id";`);
  }
}
