import { Migration } from '@mikro-orm/migrations';

export class Migration20261202033055 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "scenario" ("id" uuid not null, "project_id" uuid not null, "name" varchar(255) not null, "description" text null, "changes" jsonb not null, "settings" jsonb null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "scenario_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "scenario_project_id_created_at_index" on "scenario" ("project_id", "created_at");`);

    this.addSql(
      `create table "scenario_run" ("id" uuid not null, "scenario_id" uuid not null, "project_id" uuid not null, "sequence" int not null, "totals" jsonb not null, "hotspots" jsonb not null, "integration_opportunities" jsonb not null, "gap_analysis" jsonb null, "units" jsonb not null, "comparison" jsonb not null, "operating_hours" double precision not null, "energy_price_eur_per_kwh" double precision not null, "ambient_temperature_c" double precision not null, "ambient_pressure_kpa" double precision not null, "grid_emission_factor_kg_per_kwh" double precision not null, "carbon_price_eur_per_tonne" double precision not null, "baseline_analysis_id" uuid not null, "base_fingerprint" varchar(64) not null, "scenario_version" int not null, "schema_version" int not null default 1, "analyzed_at" timestamptz not null, constraint "scenario_run_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "scenario_run_project_id_index" on "scenario_run" ("project_id");`);
    this.addSql(
      `create index "scenario_run_scenario_id_analyzed_at_index" on "scenario_run" ("scenario_id", "analyzed_at");`,
    );
    this.addSql(
      `alter table "scenario_run" add constraint "scenario_run_scenario_id_sequence_unique" unique ("scenario_id", "sequence");`,
    );

    this.addSql(
      `alter table "scenario" add constraint "scenario_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "scenario_run" add constraint "scenario_run_scenario_id_foreign" foreign key ("scenario_id") references "scenario" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scenario_run" drop constraint "scenario_run_scenario_id_foreign";`);

    this.addSql(`drop table if exists "scenario" cascade;`);

    this.addSql(`drop table if exists "scenario_run" cascade;`);
  }
}
