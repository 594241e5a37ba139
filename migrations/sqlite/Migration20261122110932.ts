import { Migration } from '@mikro-orm/migrations';

export class Migration20261122110932 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`project\` (\`id\` text not null, \`name\` text not null, \`sector\` text null, \`description\` text null, \`process_type\` text null, \`process_label\` text null, \`process_subcategory\` text null, \`process_parameters\` json null, \`operating_hours\` double not null default 6000, \`energy_price_eur_per_kwh\` double not null default 0.08, \`ambient_temperature_c\` double not null default 25, \`ambient_pressure_kpa\` double not null default 101.325, \`settings_version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`project_sector_index\` on \`project\` (\`sector\`);`);
    this.addSql(`create index \`project_created_at_id_index\` on \`project\` (\`created_at\`, \`id\`);`);

    this.addSql(
      `create table \`factory_analysis\` (\`id\` text not null, \`project_id\` text not null, \`sequence\` integer not null, \`totals\` json not null, \`hotspots\` json not null, \`integration_opportunities\` json not null, \`sankey\` json not null, \`gap_analysis\` json null, \`equipment_results\` json not null, \`project_settings_version\` integer not null, \`inputs_fingerprint\` text not null, \`analyzed_at\` datetime not null, constraint \`factory_analysis_project_id_foreign\` foreign key(\`project_id\`) references \`project\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`factory_analysis_project_id_index\` on \`factory_analysis\` (\`project_id\`);`);
    this.addSql(
      `create index \`factory_analysis_project_id_analyzed_at_index\` on \`factory_analysis\` (\`project_id\`, \`analyzed_at\`);`,
    );
    this.addSql(
      `create unique index \`factory_analysis_project_id_sequence_unique\` on \`factory_analysis\` (\`project_id\`, \`sequence\`);`,
    );

    this.addSql(
      `create table \`equipment\` (\`id\` text not null, \`project_id\` text not null, \`name\` text not null, \`type\` text not null, \`subtype\` text not null, \`parameters\` json not null, \`supplied_by_id\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`equipment_project_id_foreign\` foreign key(\`project_id\`) references \`project\`(\`id\`) on delete cascade on update cascade, constraint \`equipment_supplied_by_id_foreign\` foreign key(\`supplied_by_id\`) references \`equipment\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`equipment_project_id_index\` on \`equipment\` (\`project_id\`);`);
    this.addSql(`create index \`equipment_supplied_by_id_index\` on \`equipment\` (\`supplied_by_id\`);`);
    this.addSql(
      `create index \`equipment_project_id_created_at_index\` on \`equipment\` (\`project_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`interpretation\` (\`id\` text not null, \`project_id\` text not null, \`equipment_id\` text null, \`analysis_id\` text not null, \`provider\` text not null, \`model\` text null, \`language\` text not null default 'EN', \`content\` json not null, \`fallback_reason\` text null, \`created_at\` datetime not null, constraint \`interpretation_project_id_foreign\` foreign key(\`project_id\`) references \`project\`(\`id\`) on delete cascade on update cascade, constraint \`interpretation_equipment_id_foreign\` foreign key(\`equipment_id\`) references \`equipment\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`interpretation_project_id_index\` on \`interpretation\` (\`project_id\`);`);
    this.addSql(`create index \`interpretation_equipment_id_index\` on \`interpretation\` (\`equipment_id\`);`);
    this.addSql(
      `create index \`interpretation_equipment_id_created_at_index\` on \`interpretation\` (\`equipment_id\`, \`created_at\`);`,
    );
    this.addSql(
      `create index \`interpretation_project_id_created_at_index\` on \`interpretation\` (\`project_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`analysis_result\` (\`id\` text not null, \`equipment_id\` text not null, \`project_id\` text not null, \`result\` json not null, \`equipment_version\` integer not null, \`project_settings_version\` integer not null, \`analyzed_at\` datetime not null, constraint \`analysis_result_equipment_id_foreign\` foreign key(\`equipment_id\`) references \`equipment\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`analysis_result_equipment_id_unique\` on \`analysis_result\` (\`equipment_id\`);`,
    );
    this.addSql(`create index \`analysis_result_project_id_index\` on \`analysis_result\` (\`project_id\`);`);
  }

  // Written by hand: MikroORM does not generate down() for an initial SQLite migration. Children first.
  override async down(): Promise<void> {
    this.addSql('drop table if exists `analysis_result`;');
    this.addSql('drop table if exists `interpretation`;');
    this.addSql('drop table if exists `equipment`;');
    this.addSql('drop table if exists `factory_analysis`;');
    this.addSql('drop table if exists `project`;');
  }
}
