import { Migration } from '@mikro-orm/migrations';

export class Migration20261122110933 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "project" ("id" uuid not null, "name" varchar(255) not null, "sector" varchar(100) null, "description" text null, "process_type" varchar(50) null, "process_label" varchar(255) null, "process_subcategory" varchar(100) null, "process_parameters" jsonb null, "operating_hours" double precision not null default 6000, "energy_price_eur_per_kwh" double precision not null default 0.08, "ambient_temperature_c" double precision not null default 25, "ambient_pressure_kpa" double precision not null default 101.325, "settings_version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "project_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "project_sector_index" on "project" ("sector");`);
    this.addSql(`create index "project_created_at_id_index" on "project" ("created_at", "id");`);

    this.addSql(
      `create table "factory_analysis" ("id" uuid not null, "project_id" uuid not null, "sequence" int not null, "totals" jsonb not null, "hotspots" jsonb not null, "integration_opportunities" jsonb not null, "sankey" jsonb not null, "gap_analysis" jsonb null, "equipment_results" jsonb not null, "project_settings_version" int not null, "inputs_fingerprint" varchar(64) not null, "analyzed_at" timestamptz not null, constraint "factory_analysis_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "factory_analysis_project_id_analyzed_at_index" on "factory_analysis" ("project_id", "analyzed_at");`,
    );
    this.addSql(
      `alter table "factory_analysis" add constraint "factory_analysis_project_id_sequence_unique" unique ("project_id", "sequence");`,
    );

    this.addSql(
      `create table "equipment" ("id" uuid not null, "project_id" uuid not null, "name" varchar(255) not null, "type" varchar(50) not null, "subtype" varchar(50) not null, "parameters" jsonb not null, "supplied_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "equipment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "equipment_project_id_created_at_index" on "equipment" ("project_id", "created_at");`);

    this.addSql(
      `create table "interpretation" ("id" uuid not null, "project_id" uuid not null, "equipment_id" uuid null, "analysis_id" uuid not null, "provider" varchar(50) not null, "model" varchar(200) null, "language" varchar(5) not null default 'EN', "content" jsonb not null, "fallback_reason" text null, "created_at" timestamptz not null, constraint "interpretation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "interpretation_equipment_id_created_at_index" on "interpretation" ("equipment_id", "created_at");`,
    );
    this.addSql(
      `create index "interpretation_project_id_created_at_index" on "interpretation" ("project_id", "created_at");`,
    );

    this.addSql(
      `create table "analysis_result" ("id" uuid not null, "equipment_id" uuid not null, "project_id" uuid not null, "result" jsonb not null, "equipment_version" int not null, "project_settings_version" int not null, "analyzed_at" timestamptz not null, constraint "analysis_result_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "analysis_result" add constraint "analysis_result_equipment_id_unique" unique ("equipment_id");`,
    );
    this.addSql(`create index "analysis_result_project_id_index" on "analysis_result" ("project_id");`);

    this.addSql(
      `alter table "factory_analysis" add constraint "factory_analysis_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "equipment" add constraint "equipment_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "equipment" add constraint "equipment_supplied_by_id_foreign" foreign key ("supplied_by_id") references "equipment" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "interpretation" add constraint "interpretation_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "interpretation" add constraint "interpretation_equipment_id_foreign" foreign key ("equipment_id") references "equipment" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "analysis_result" add constraint "analysis_result_equipment_id_foreign" foreign key ("equipment_id") references "equipment" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "factory_analysis" drop constraint "factory_analysis_project_id_foreign";`);

    this.addSql(`alter table "equipment" drop constraint "equipment_project_id_foreign";`);

    this.addSql(`alter table "interpretation" drop constraint "interpretation_project_id_foreign";`);

    this.addSql(`alter table "equipment" drop constraint "equipment_supplied_by_id_foreign";`);

    this.addSql(`alter table "interpretation" drop constraint "interpretation_equipment_id_foreign";`);

    this.addSql(`alter table "analysis_result" drop constraint "analysis_result_equipment_id_foreign";`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "factory_analysis" cascade;`);

    this.addSql(`drop table if exists "equipment" cascade;`);

    this.addSql(`drop table if exists "interpretation" cascade;`);

    this.addSql(`drop table if exists "analysis_result" cascade;`);
  }
}
