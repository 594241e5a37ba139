import { Migration } from '@mikro-orm/migrations';

export class Migration20261202033054 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`scenario\` (\`id\` text not null, \`project_id\` text not null, \`name\` text not null, \`description\` text null, \`changes\` json not null, \`settings\` json null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`scenario_project_id_foreign\` foreign key(\`project_id\`) references \`project\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`scenario_project_id_index\` on \`scenario\` (\`project_id\`);`);
    this.addSql(
      `create index \`scenario_project_id_created_at_index\` on \`scenario\` (\`project_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`scenario_run\` (\`id\` text not null, \`scenario_id\` text not null, \`project_id\` text not null, \`sequence\` integer not null, \`totals\` json not null, \`hotspots\` json not null, \`integration_opportunities\` json not null, \`gap_analysis\` json null, \`units\` json not null, \`comparison\` json not null, \`operating_hours\` double not null, \`energy_price_eur_per_kwh\` double not null, \`ambient_temperature_c\` double not null, \`ambient_pressure_kpa\` double not null, \`grid_emission_factor_kg_per_kwh\` double not null, \`carbon_price_eur_per_tonne\` double not null, \`baseline_analysis_id\` text not null, \`base_fingerprint\` text not null, \`scenario_version\` integer not null, \`schema_version\` integer not null default 1, \`analyzed_at\` datetime not null, constraint \`scenario_run_scenario_id_foreign\` foreign key(\`scenario_id\`) references \`scenario\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`scenario_run_scenario_id_index\` on \`scenario_run\` (\`scenario_id\`);`);
    this.addSql(`create index \`scenario_run_project_id_index\` on \`scenario_run\` (\`project_id\`);`);
    this.addSql(
      `create index \`scenario_run_scenario_id_analyzed_at_index\` on \`scenario_run\` (\`scenario_id\`, \`analyzed_at\`);`,
    );
    this.addSql(
      `create unique index \`scenario_run_scenario_id_sequence_unique\` on \`scenario_run\` (\`scenario_id\`, \`sequence\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`scenario_run\`;`);
    this.addSql(`drop table if exists \`scenario\`;`);
  }
}
