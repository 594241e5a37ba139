import { Migration } from '@mikro-orm/migrations';

export class Migration20261202030337 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`project\` add column \`grid_emission_factor_kg_per_kwh\` double not null default 0.4;`);
    this.addSql(`alter table \`project\` add column \`carbon_price_eur_per_tonne\` double not null default 0;`);

    this.addSql(`alter table \`factory_analysis\` add column \`grid_emission_factor_kg_per_kwh\` double null;`);
    this.addSql(`alter table \`factory_analysis\` add column \`carbon_price_eur_per_tonne\` double null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`factory_analysis\` drop column \`carbon_price_eur_per_tonne\`;`);
    this.addSql(`alter table \`factory_analysis\` drop column \`grid_emission_factor_kg_per_kwh\`;`);
    this.addSql(`alter table \`project\` drop column \`carbon_price_eur_per_tonne\`;`);
    this.addSql(`alter table \`project\` drop column \`grid_emission_factor_kg_per_kwh\`;`);
  }
}
