import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200934 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`equipment\` add column \`removed_at\` datetime null;`);
  }

  // MikroORM emits no down() for SQLite; DROP COLUMN exists since SQLite 3.35.
  override async down(): Promise<void> {
    this.addSql(`alter table \`equipment\` drop column \`removed_at\`;`);
  }
}
