import { Migration } from '@mikro-orm/migrations';

/** The tables whose changes move data_version (every table this migration finds; later tables add their own). */
const TABLES = [
  'app_user',
  'api_token',
  'server_setting',
  'project',
  'project_member',
  'equipment',
  'analysis_result',
  'factory_analysis',
  'interpretation',
  'scenario',
  'scenario_run',
];
const OPERATIONS = ['insert', 'update', 'delete'];

/**
 * data_version: one row the database moves on, in the writing transaction, with every change of any table
 * (the read cache keys its answers by it). SQLite triggers fire per row; each is one small update.
 */
export class Migration20261202100352 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`data_version\` (\`id\` integer not null, \`version\` bigint not null default 0, primary key (\`id\`));`,
    );
    this.addSql(`insert into \`data_version\` (\`id\`, \`version\`) values (1, 0);`);
    for (const table of TABLES) {
      for (const operation of OPERATIONS) {
        this.addSql(
          `create trigger \`${table}_${operation}_data_version\` after ${operation} on \`${table}\` ` +
            `begin update \`data_version\` set \`version\` = \`version\` + 1 where \`id\` = 1; end;`,
        );
      }
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) {
      for (const operation of OPERATIONS) this.addSql(`drop trigger if exists \`${table}_${operation}_data_version\`;`);
    }
    this.addSql(`drop table if exists \`data_version\`;`);
  }
}
