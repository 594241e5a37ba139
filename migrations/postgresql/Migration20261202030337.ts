import { Migration } from '@mikro-orm/migrations';

export class Migration20261202030337 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "project" add column "grid_emission_factor_kg_per_kwh" double precision not null default 0.4, add column "carbon_price_eur_per_tonne" double precision not null default 0;`,
    );

    this.addSql(
      `alter table "factory_analysis" add column "grid_emission_factor_kg_per_kwh" double precision null, add column "carbon_price_eur_per_tonne" double precision null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "factory_analysis" drop column "grid_emission_factor_kg_per_kwh", drop column "carbon_price_eur_per_tonne";`,
    );

    this.addSql(
      `alter table "project" drop column "grid_emission_factor_kg_per_kwh", drop column "carbon_price_eur_per_tonne";`,
    );
  }
}
