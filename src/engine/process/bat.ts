/**
 * Best Available Technology references for every process type and
 * subcategory, each with its source (seed 001 §2.2 gave only drying; the
 * rest are compiled here from the BREF documents and best-practice guides
 * named per row).
 *
 * Two bases: `specific` rows give an exergy consumption per unit of product
 * (drying, general manufacturing); `efficiency` rows give the exergetic
 * efficiency of the best technology, so BAT exergy = minimum / η and can never
 * fall below the thermodynamic minimum (the original's compressed-air row,
 * 0.005 kWh/m³, was ten times below the isothermal minimum of ≈ 0.055 kWh/m³ at
 * 7 bar: replaced by the best VSD screw compressors' ≈ 0.10 kWh/m³, i.e. an
 * isothermal efficiency of ≈ 58 %, CAGI data sheets / DOE Compressed Air Sourcebook).
 */
/** The process types, written once: every table keyed by process type is a Record over these. */
export const PROCESS_TYPE_KEYS = [
  'drying',
  'heating',
  'cooling',
  'steam_generation',
  'compressed_air',
  'chp',
  'cold_storage',
  'general_manufacturing',
] as const;
export type ProcessTypeKey = (typeof PROCESS_TYPE_KEYS)[number];

export interface BatReference {
  processType: ProcessTypeKey;
  subcategory: string;
  label: string;
  labelTr: string;
  basis: 'specific' | 'efficiency';
  /** Exergy per unit product (`unit`); for efficiency rows: kWh exergy in per kWh exergy out (100/η). */
  specificExergy: number;
  unit: string;
  /** Exergetic efficiency of the technology, %. */
  exergyEfficiencyPct: number;
  technology: string;
  source: string;
}

type Row = Omit<BatReference, 'processType' | 'subcategory' | 'specificExergy' | 'unit'> & {
  specificExergy?: number;
  unit?: string;
};

const eff = (label: string, labelTr: string, exergyEfficiencyPct: number, technology: string, source: string): Row => ({
  label,
  labelTr,
  basis: 'efficiency',
  exergyEfficiencyPct,
  technology,
  source,
});
const spec = (
  label: string,
  labelTr: string,
  specificExergy: number,
  unit: string,
  exergyEfficiencyPct: number,
  technology: string,
  source: string,
): Row => ({
  label,
  labelTr,
  basis: 'specific',
  specificExergy,
  unit,
  exergyEfficiencyPct,
  technology,
  source,
});

const TABLE: Record<ProcessTypeKey, Record<string, Row>> = {
  drying: {
    food_grain: spec(
      'Grain drying',
      'Tahıl kurutma',
      0.18,
      'kWh/kg water',
      35,
      'Heat-pump dryer with waste-heat recovery',
      'EU BREF Food, Drink and Milk Industries (2019)',
    ),
    food_spray: spec(
      'Spray drying',
      'Sprey kurutma',
      0.25,
      'kWh/kg water',
      28,
      'Multi-stage spray dryer with exhaust recirculation',
      'Mujumdar, Handbook of Industrial Drying, 4th ed. (2014)',
    ),
    wood_lumber: spec(
      'Lumber drying',
      'Kereste kurutma',
      0.3,
      'kWh/kg water',
      25,
      'Vacuum kiln with solar pre-drying',
      'EU BREF Wood-based Panels Production (2015)',
    ),
    general: spec(
      'General drying',
      'Genel kurutma',
      0.22,
      'kWh/kg water',
      30,
      'Heat-pump dryer with regenerative heat exchange',
      'Kemp, Pinch Analysis and Process Integration, 2nd ed. (2007)',
    ),
  },
  heating: {
    water_low: eff(
      'Water heating below 100 °C',
      '100 °C altı su ısıtma',
      35,
      'Industrial heat pump, COP 4–5',
      'IEA HPT Annex 48, Industrial Heat Pumps (2019)',
    ),
    water_high: eff(
      'Heating above 100 °C',
      '100 °C üstü ısıtma',
      40,
      'High-temperature heat pump or CHP heat',
      'IEA HPT Annex 58, High-Temperature Heat Pumps (2023)',
    ),
    general: eff(
      'General heating',
      'Genel ısıtma',
      30,
      'Condensing boiler with heat recovery',
      'EU BREF Energy Efficiency (2009) §3.2',
    ),
  },
  cooling: {
    comfort: eff(
      'Comfort cooling',
      'Konfor soğutma',
      45,
      'Magnetic-bearing centrifugal chiller, free cooling',
      'Eurovent certified performance; ASHRAE 90.1-2019 Table 6.8.1-3',
    ),
    process: eff(
      'Process cooling',
      'Proses soğutma',
      40,
      'Variable-speed screw chiller with heat recovery',
      'EU BREF Industrial Cooling Systems (2001); ASHRAE Handbook Refrigeration (2018)',
    ),
    general: eff(
      'General cooling',
      'Genel soğutma',
      40,
      'High-efficiency chiller with optimised condenser water',
      'ASHRAE 90.1-2019 Table 6.8.1-3',
    ),
  },
  steam_generation: {
    industrial_low: eff(
      'Low-pressure steam (≤ 20 bar)',
      'Alçak basınç buhar (≤ 20 bar)',
      28,
      'Fire-tube boiler, economiser, O₂ trim, η_th 94–95 %',
      'EU BREF Energy Efficiency (2009) §3.2.2; US DOE Steam System Sourcebook',
    ),
    industrial_high: eff(
      'High-pressure superheated steam',
      'Yüksek basınç kızgın buhar',
      33,
      'Water-tube boiler with economiser and air preheater',
      'EU BREF Large Combustion Plants (2017)',
    ),
    general: eff(
      'General steam generation',
      'Genel buhar üretimi',
      28,
      'Boiler with economiser and condensate return',
      'US DOE Improving Steam System Performance: A Sourcebook (2012)',
    ),
  },
  compressed_air: {
    general: {
      ...eff(
        'Compressed air',
        'Basınçlı hava',
        58,
        'VSD screw compressor, ≈ 0.10 kWh/m³ FAD at 7 bar',
        'CAGI performance data sheets; US DOE Improving Compressed Air System Performance (2016)',
      ),
      specificExergy: 0.1,
      unit: 'kWh/m³ FAD at 7 bar',
    },
  },
  chp: {
    gas_turbine: eff(
      'Gas-turbine CHP',
      'Gaz türbini kojenerasyon',
      45,
      'Gas turbine with heat-recovery steam generator',
      'EU BREF Large Combustion Plants (2017) BAT-AEEL; COGEN Europe',
    ),
    gas_engine: eff(
      'Gas-engine CHP',
      'Gaz motoru kojenerasyon',
      48,
      'Lean-burn gas engine, η_el 42–45 %, hot-water recovery',
      'EU BREF Large Combustion Plants (2017) BAT-AEEL',
    ),
    general: eff(
      'General CHP',
      'Genel kojenerasyon',
      45,
      'Combined heat and power with full heat use',
      'Directive 2012/27/EU Annex II (high-efficiency cogeneration)',
    ),
  },
  cold_storage: {
    general: eff(
      'Cold storage',
      'Soğuk depolama',
      40,
      'Ammonia or CO₂ system with floating head pressure',
      'EU BREF Food, Drink and Milk Industries (2019); IIR Cold-chain guides',
    ),
  },
  general_manufacturing: {
    cement: spec(
      'Cement (clinker)',
      'Çimento (klinker)',
      0.95,
      'kWh/kg',
      40,
      'Dry kiln with 5–6 stage preheater and precalciner',
      'EU BREF Cement, Lime and Magnesium Oxide (2013): 2.9–3.3 GJ/t clinker',
    ),
    glass: spec(
      'Container glass',
      'Cam ambalaj',
      1.2,
      'kWh/kg',
      35,
      'Oxy-fuel or regenerative furnace with cullet preheating',
      'EU BREF Glass Manufacturing (2012)',
    ),
    paper: spec(
      'Paper',
      'Kâğıt',
      0.8,
      'kWh/kg',
      30,
      'Recycled-fibre mill with heat recovery and shoe press',
      'EU BREF Pulp, Paper and Board (2015)',
    ),
    sugar: spec(
      'Sugar',
      'Şeker',
      0.35,
      'kWh/kg',
      30,
      'Multiple-effect evaporation with vapour recompression',
      'EU BREF Food, Drink and Milk Industries (2019)',
    ),
    concrete: spec(
      'Concrete products',
      'Beton ürünleri',
      0.03,
      'kWh/kg',
      30,
      'Efficient mixing and curing with heat recovery',
      'EU BREF Ceramic Manufacturing (2007), analogous curing',
    ),
    general: spec(
      'General manufacturing',
      'Genel üretim',
      0.5,
      'kWh/kg',
      30,
      'Sector best practice',
      'EU BREF Energy Efficiency (2009)',
    ),
  },
};

export function batReferences(processType: ProcessTypeKey): BatReference[] {
  return Object.entries(TABLE[processType]).map(([subcategory, row]) => ({
    processType,
    subcategory,
    specificExergy: row.specificExergy ?? 100 / row.exergyEfficiencyPct,
    unit: row.unit ?? 'kWh exergy in / kWh exergy out',
    ...row,
  }));
}

export function getBatReference(processType: ProcessTypeKey, subcategory: string): BatReference {
  const rows = batReferences(processType);
  return rows.find((r) => r.subcategory === subcategory) ?? rows.find((r) => r.subcategory === 'general')!;
}

/**
 * The BAT exergy input for a duty whose thermodynamic minimum is known. An `efficiency` row: minimum / η. A
 * `specific` row counts exergy per unit of product (per kg of water for drying) and so covers only what scales with
 * it; the part of the minimum that does not (drying: heating the material, which is large when little water is
 * removed from a hot product) is delivered at the row's exergetic efficiency on top. Without it a drying BAT fell below
 * the minimum it is measured against (1000 kg/h dried from 10 % to 9.9 % and heated 20 → 300 °C: 0.24 kW of BAT for a
 * 44.5 kW minimum). Since every row's specific exergy is above the minimum per unit it replaces (drying ≥ 0.18 kWh/kg
 * water against 50 kJ/kg, general manufacturing: minimum = 30 % of BAT) and η ≤ 100 %, BAT ≥ minimum for every duty.
 */
export function batExergyKW(
  reference: BatReference,
  minimum: { minimumExergyKW: number; productionRatePerH: number; unscaledMinimumKW: number },
): number {
  const efficiency = reference.exergyEfficiencyPct / 100;
  return reference.basis === 'efficiency'
    ? minimum.minimumExergyKW / efficiency
    : minimum.productionRatePerH * reference.specificExergy + minimum.unscaledMinimumKW / efficiency;
}

export function subcategoriesOf(processType: ProcessTypeKey): { key: string; labelEn: string; labelTr: string }[] {
  return batReferences(processType).map((r) => ({ key: r.subcategory, labelEn: r.label, labelTr: r.labelTr }));
}
