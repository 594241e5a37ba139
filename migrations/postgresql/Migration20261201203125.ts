import { Migration } from '@mikro-orm/migrations';

export class Migration20261201203125 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "factory_analysis" add column "exergy_fuel_kw" double precision not null default 0, add column "exergy_product_kw" double precision not null default 0, add column "exergy_loss_kw" double precision not null default 0, add column "exergy_destroyed_kw" double precision not null default 0, add column "exergetic_efficiency_pct" double precision null, add column "annual_loss_eur" double precision not null default 0, add column "operating_hours" double precision null, add column "energy_price_eur_per_kwh" double precision null, add column "ambient_temperature_c" double precision null, add column "ambient_pressure_kpa" double precision null;`,
    );
    this.addSql(`alter table "factory_analysis" alter column "sankey" type jsonb using ("sankey"::jsonb);`);
    this.addSql(`alter table "factory_analysis" alter column "sankey" drop not null;`);
    this.addSql(
      `alter table "factory_analysis" alter column "equipment_results" type jsonb using ("equipment_results"::jsonb);`,
    );
    this.addSql(`alter table "factory_analysis" alter column "equipment_results" drop not null;`);

    this.addSql(`alter table "analysis_result" drop constraint "analysis_result_equipment_id_unique";`);

    this.addSql(
      `alter table "analysis_result" add column "run_id" uuid null, add column "position" int not null default 0, add column "current" boolean not null default true, add column "equipment_name" varchar(255) not null default '', add column "equipment_type" varchar(50) not null default '', add column "equipment_subtype" varchar(50) not null default '', add column "supplied_by_id" uuid null, add column "exergy_fuel_kw" double precision not null default 0, add column "exergy_product_kw" double precision not null default 0, add column "exergy_loss_kw" double precision not null default 0, add column "exergy_destroyed_kw" double precision not null default 0, add column "exergetic_efficiency_pct" double precision null, add column "annual_loss_eur" double precision not null default 0;`,
    );
    this.addSql(
      `alter table "analysis_result" add constraint "analysis_result_run_id_foreign" foreign key ("run_id") references "factory_analysis" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`create index "analysis_result_run_id_index" on "analysis_result" ("run_id");`);
    this.addSql(
      `create index "analysis_result_equipment_id_current_index" on "analysis_result" ("equipment_id", "current");`,
    );

    // Existing rows get their headline columns from their JSON (schema 3, src/modules/analysis/stored-results.ts).
    this.addSql(
      `update "factory_analysis" set "exergy_fuel_kw" = coalesce(("totals"->>'exergyFuelKW')::double precision, 0), "exergy_product_kw" = coalesce(("totals"->>'exergyProductKW')::double precision, 0), "exergy_loss_kw" = coalesce(("totals"->>'exergyLossKW')::double precision, 0), "exergy_destroyed_kw" = coalesce(("totals"->>'exergyDestroyedKW')::double precision, 0), "exergetic_efficiency_pct" = ("totals"->>'exergeticEfficiencyPct')::double precision, "annual_loss_eur" = coalesce(("totals"->>'annualLossEur')::double precision, 0);`,
    );
    this.addSql(
      `update "analysis_result" a set "equipment_name" = e."name", "equipment_type" = coalesce(a."result"->>'type', ''), "equipment_subtype" = coalesce(a."result"->>'subtype', ''), "supplied_by_id" = e."supplied_by_id", "exergy_fuel_kw" = coalesce((a."result"->>'exergyFuelKW')::double precision, 0), "exergy_product_kw" = coalesce((a."result"->>'exergyProductKW')::double precision, 0), "exergy_loss_kw" = coalesce((a."result"->>'exergyLossKW')::double precision, 0), "exergy_destroyed_kw" = coalesce((a."result"->>'exergyDestroyedKW')::double precision, 0), "exergetic_efficiency_pct" = (a."result"->>'exergeticEfficiencyPct')::double precision, "annual_loss_eur" = coalesce((a."result"->>'annualLossEur')::double precision, 0) from "equipment" e where e."id" = a."equipment_id";`,
    );
  }

  override async down(): Promise<void> {
    // Back to schema 2: one result per unit, runs with their copies (version-3 runs had none: they go).
    this.addSql(`delete from "analysis_result" where "current" = false;`);
    this.addSql(`delete from "factory_analysis" where "sankey" is null or "equipment_results" is null;`);
    this.addSql(`alter table "analysis_result" drop constraint "analysis_result_run_id_foreign";`);

    this.addSql(`drop index "analysis_result_run_id_index";`);
    this.addSql(`drop index "analysis_result_equipment_id_current_index";`);
    this.addSql(
      `alter table "analysis_result" drop column "run_id", drop column "position", drop column "current", drop column "equipment_name", drop column "equipment_type", drop column "equipment_subtype", drop column "supplied_by_id", drop column "exergy_fuel_kw", drop column "exergy_product_kw", drop column "exergy_loss_kw", drop column "exergy_destroyed_kw", drop column "exergetic_efficiency_pct", drop column "annual_loss_eur";`,
    );

    this.addSql(
      `alter table "analysis_result" add constraint "analysis_result_equipment_id_unique" unique ("equipment_id");`,
    );

    this.addSql(
      `alter table "factory_analysis" drop column "exergy_fuel_kw", drop column "exergy_product_kw", drop column "exergy_loss_kw", drop column "exergy_destroyed_kw", drop column "exergetic_efficiency_pct", drop column "annual_loss_eur", drop column "operating_hours", drop column "energy_price_eur_per_kwh", drop column "ambient_temperature_c", drop column "ambient_pressure_kpa";`,
    );

    this.addSql(`alter table "factory_analysis" alter column "sankey" type jsonb using ("sankey"::jsonb);`);
    this.addSql(`alter table "factory_analysis" alter column "sankey" set not null;`);
    this.addSql(
      `alter table "factory_analysis" alter column "equipment_results" type jsonb using ("equipment_results"::jsonb);`,
    );
    this.addSql(`alter table "factory_analysis" alter column "equipment_results" set not null;`);
  }
}
