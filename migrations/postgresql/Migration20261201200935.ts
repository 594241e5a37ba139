import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200935 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "equipment" add column "removed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "equipment" drop column "removed_at";`);
  }
}
