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

/**
 * data_version: one row the database moves on, in the writing transaction, with every change of any table
 * (the read cache keys its answers by it). The row is updated once per transaction and only at its commit
 * (deferred constraint triggers, a transaction-local flag): writers queue on that row for the moment of
 * their commit only, never while they still wait for other locks, so it adds no deadlock. TRUNCATE, which
 * fires no row trigger, moves it at once.
 */
export class Migration20261202100353 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "data_version" ("id" int not null, "version" bigint not null default 0, constraint "data_version_pkey" primary key ("id"));`,
    );
    this.addSql(`insert into "data_version" ("id", "version") values (1, 0);`);
    this.addSql(`create function "data_version_bump"() returns trigger language plpgsql as $$
begin
  if coalesce(current_setting('exergylab.data_version_bumped', true), '') <> 'on' then
    perform set_config('exergylab.data_version_bumped', 'on', true);
    update "data_version" set "version" = "version" + 1 where "id" = 1;
  end if;
  return null;
end $$;`);
    for (const table of TABLES) {
      this.addSql(
        `create constraint trigger "${table}_data_version" after insert or update or delete on "${table}" ` +
          `deferrable initially deferred for each row execute function "data_version_bump"();`,
      );
      this.addSql(
        `create trigger "${table}_truncate_data_version" after truncate on "${table}" ` +
          `for each statement execute function "data_version_bump"();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) {
      this.addSql(`drop trigger if exists "${table}_data_version" on "${table}";`);
      this.addSql(`drop trigger if exists "${table}_truncate_data_version" on "${table}";`);
    }
    this.addSql(`drop function if exists "data_version_bump"();`);
    this.addSql(`drop table if exists "data_version" cascade;`);
  }
}
