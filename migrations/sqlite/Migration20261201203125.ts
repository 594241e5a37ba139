import { Migration } from '@mikro-orm/migrations';

/**
 * Schema version 3 of the stored results (src/modules/analysis/stored-results.ts): per-run unit
 * rows with headline columns, runs without the Sankey/snapshot copies. SQLite cannot relax NOT NULL
 * or drop a foreign-keyed column, so both tables are rebuilt (create, copy, drop, rename); the
 * headline columns of existing rows are filled from their JSON.
 */
export class Migration20261201203125 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`factory_analysis__v3\` (\`id\` text not null, \`project_id\` text not null, \`sequence\` integer not null, \`totals\` json not null, \`hotspots\` json not null, \`integration_opportunities\` json not null, \`sankey\` json null, \`gap_analysis\` json null, \`equipment_results\` json null, \`exergy_fuel_kw\` double not null default 0, \`exergy_product_kw\` double not null default 0, \`exergy_loss_kw\` double not null default 0, \`exergy_destroyed_kw\` double not null default 0, \`exergetic_efficiency_pct\` double null, \`annual_loss_eur\` double not null default 0, \`operating_hours\` double null, \`energy_price_eur_per_kwh\` double null, \`ambient_temperature_c\` double null, \`ambient_pressure_kpa\` double null, \`schema_version\` integer not null default 1, \`project_settings_version\` integer not null, \`inputs_fingerprint\` text not null, \`analyzed_at\` datetime not null, constraint \`factory_analysis_project_id_foreign\` foreign key(\`project_id\`) references \`project\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this
      .addSql(`insert into \`factory_analysis__v3\` (\`id\`, \`project_id\`, \`sequence\`, \`totals\`, \`hotspots\`, \`integration_opportunities\`, \`sankey\`, \`gap_analysis\`, \`equipment_results\`, \`exergy_fuel_kw\`, \`exergy_product_kw\`, \`exergy_loss_kw\`, \`exergy_destroyed_kw\`, \`exergetic_efficiency_pct\`, \`annual_loss_eur\`, \`schema_version\`, \`project_settings_version\`, \`inputs_fingerprint\`, \`analyzed_at\`)
      select \`id\`, \`project_id\`, \`sequence\`, \`totals\`, \`hotspots\`, \`integration_opportunities\`, \`sankey\`, \`gap_analysis\`, \`equipment_results\`,
        coalesce(json_extract(\`totals\`, '$.exergyFuelKW'), 0), coalesce(json_extract(\`totals\`, '$.exergyProductKW'), 0),
        coalesce(json_extract(\`totals\`, '$.exergyLossKW'), 0), coalesce(json_extract(\`totals\`, '$.exergyDestroyedKW'), 0),
        json_extract(\`totals\`, '$.exergeticEfficiencyPct'), coalesce(json_extract(\`totals\`, '$.annualLossEur'), 0),
        \`schema_version\`, \`project_settings_version\`, \`inputs_fingerprint\`, \`analyzed_at\` from \`factory_analysis\`;`);
    this.addSql(`drop table \`factory_analysis\`;`);
    this.addSql(`alter table \`factory_analysis__v3\` rename to \`factory_analysis\`;`);
    this.addSql(`create index \`factory_analysis_project_id_index\` on \`factory_analysis\` (\`project_id\`);`);
    this.addSql(
      `create index \`factory_analysis_project_id_analyzed_at_index\` on \`factory_analysis\` (\`project_id\`, \`analyzed_at\`);`,
    );
    this.addSql(
      `create unique index \`factory_analysis_project_id_sequence_unique\` on \`factory_analysis\` (\`project_id\`, \`sequence\`);`,
    );

    this.addSql(
      `create table \`analysis_result__v3\` (\`id\` text not null, \`equipment_id\` text not null, \`run_id\` text null, \`position\` integer not null default 0, \`project_id\` text not null, \`current\` integer not null default true, \`equipment_name\` text not null default '', \`equipment_type\` text not null default '', \`equipment_subtype\` text not null default '', \`supplied_by_id\` text null, \`exergy_fuel_kw\` double not null default 0, \`exergy_product_kw\` double not null default 0, \`exergy_loss_kw\` double not null default 0, \`exergy_destroyed_kw\` double not null default 0, \`exergetic_efficiency_pct\` double null, \`annual_loss_eur\` double not null default 0, \`result\` json not null, \`schema_version\` integer not null default 1, \`equipment_version\` integer not null, \`project_settings_version\` integer not null, \`analyzed_at\` datetime not null, constraint \`analysis_result_equipment_id_foreign\` foreign key(\`equipment_id\`) references \`equipment\`(\`id\`) on delete cascade on update cascade, constraint \`analysis_result_run_id_foreign\` foreign key(\`run_id\`) references \`factory_analysis\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    // Rows from before were each unit's only (so latest) result; their run kept its own copy.
    this
      .addSql(`insert into \`analysis_result__v3\` (\`id\`, \`equipment_id\`, \`project_id\`, \`current\`, \`equipment_name\`, \`equipment_type\`, \`equipment_subtype\`, \`supplied_by_id\`, \`exergy_fuel_kw\`, \`exergy_product_kw\`, \`exergy_loss_kw\`, \`exergy_destroyed_kw\`, \`exergetic_efficiency_pct\`, \`annual_loss_eur\`, \`result\`, \`schema_version\`, \`equipment_version\`, \`project_settings_version\`, \`analyzed_at\`)
      select a.\`id\`, a.\`equipment_id\`, a.\`project_id\`, 1, e.\`name\`, json_extract(a.\`result\`, '$.type'), json_extract(a.\`result\`, '$.subtype'), e.\`supplied_by_id\`,
        coalesce(json_extract(a.\`result\`, '$.exergyFuelKW'), 0), coalesce(json_extract(a.\`result\`, '$.exergyProductKW'), 0),
        coalesce(json_extract(a.\`result\`, '$.exergyLossKW'), 0), coalesce(json_extract(a.\`result\`, '$.exergyDestroyedKW'), 0),
        json_extract(a.\`result\`, '$.exergeticEfficiencyPct'), coalesce(json_extract(a.\`result\`, '$.annualLossEur'), 0),
        a.\`result\`, a.\`schema_version\`, a.\`equipment_version\`, a.\`project_settings_version\`, a.\`analyzed_at\`
      from \`analysis_result\` a join \`equipment\` e on e.\`id\` = a.\`equipment_id\`;`);
    this.addSql(`drop table \`analysis_result\`;`);
    this.addSql(`alter table \`analysis_result__v3\` rename to \`analysis_result\`;`);
    this.addSql(`create index \`analysis_result_project_id_index\` on \`analysis_result\` (\`project_id\`);`);
    this.addSql(`create index \`analysis_result_equipment_id_index\` on \`analysis_result\` (\`equipment_id\`);`);
    this.addSql(`create index \`analysis_result_run_id_index\` on \`analysis_result\` (\`run_id\`);`);
    this.addSql(
      `create index \`analysis_result_equipment_id_current_index\` on \`analysis_result\` (\`equipment_id\`, \`current\`);`,
    );
  }

  // Back to schema 2: only the latest result of each unit, runs need their copies (rows of version-3 runs
  // are not converted back: their Sankey and snapshot were never stored).
  override async down(): Promise<void> {
    this.addSql(`delete from \`analysis_result\` where \`current\` = 0;`);
    this.addSql(
      `create table \`analysis_result__v2\` (\`id\` text not null, \`equipment_id\` text not null, \`project_id\` text not null, \`result\` json not null, \`equipment_version\` integer not null, \`project_settings_version\` integer not null, \`analyzed_at\` datetime not null, \`schema_version\` integer not null default 1, constraint \`analysis_result_equipment_id_foreign\` foreign key(\`equipment_id\`) references \`equipment\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`analysis_result__v2\` select \`id\`, \`equipment_id\`, \`project_id\`, \`result\`, \`equipment_version\`, \`project_settings_version\`, \`analyzed_at\`, \`schema_version\` from \`analysis_result\`;`,
    );
    this.addSql(`drop table \`analysis_result\`;`);
    this.addSql(`alter table \`analysis_result__v2\` rename to \`analysis_result\`;`);
    this.addSql(
      `create unique index \`analysis_result_equipment_id_unique\` on \`analysis_result\` (\`equipment_id\`);`,
    );
    this.addSql(`create index \`analysis_result_project_id_index\` on \`analysis_result\` (\`project_id\`);`);
    this.addSql(`delete from \`factory_analysis\` where \`sankey\` is null or \`equipment_results\` is null;`);
    this.addSql(
      `create table \`factory_analysis__v2\` (\`id\` text not null, \`project_id\` text not null, \`sequence\` integer not null, \`totals\` json not null, \`hotspots\` json not null, \`integration_opportunities\` json not null, \`sankey\` json not null, \`gap_analysis\` json null, \`equipment_results\` json not null, \`project_settings_version\` integer not null, \`inputs_fingerprint\` text not null, \`analyzed_at\` datetime not null, \`schema_version\` integer not null default 1, constraint \`factory_analysis_project_id_foreign\` foreign key(\`project_id\`) references \`project\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`factory_analysis__v2\` select \`id\`, \`project_id\`, \`sequence\`, \`totals\`, \`hotspots\`, \`integration_opportunities\`, \`sankey\`, \`gap_analysis\`, \`equipment_results\`, \`project_settings_version\`, \`inputs_fingerprint\`, \`analyzed_at\`, \`schema_version\` from \`factory_analysis\`;`,
    );
    this.addSql(`drop table \`factory_analysis\`;`);
    this.addSql(`alter table \`factory_analysis__v2\` rename to \`factory_analysis\`;`);
    this.addSql(`create index \`factory_analysis_project_id_index\` on \`factory_analysis\` (\`project_id\`);`);
    this.addSql(
      `create index \`factory_analysis_project_id_analyzed_at_index\` on \`factory_analysis\` (\`project_id\`, \`analyzed_at\`);`,
    );
    this.addSql(
      `create unique index \`factory_analysis_project_id_sequence_unique\` on \`factory_analysis\` (\`project_id\`, \`sequence\`);`,
    );
  }
}
