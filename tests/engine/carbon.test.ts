/**
 * CO₂ accounting (issue 13, CO₂ section). Every expected value is worked by
 * hand from the IPCC 2006 Guidelines Vol. 2 Table 2.2 default factors
 * (t CO₂ per TJ of net calorific value) and 1 kWh = 3.6 MJ, not from the
 * fuel table's per-kWh figures.
 */
import { analyseEquipment } from '../../src/engine/equipment';
import { DEFAULT_CARBON_SETTINGS } from '../../src/engine/equipment/common/carbon';
import { analyseFactory, type FactoryEquipmentInput } from '../../src/engine/factory';
import { DEFAULT_DEAD_STATE, makeDeadState } from '../../src/engine/thermo';
import { unit } from './factory/fixtures';

const carbon = { gridEmissionFactorKgPerKWh: 0.4, carbonPriceEurPerTonne: 80 };
const context = { deadState: makeDeadState(), operatingHoursPerYear: 6000, energyPriceEurPerKWh: 0.08, carbon };
/** kWh of fuel (LHV) → TJ. */
const tj = (kWh: number) => (kWh * 3.6) / 1e6;

describe('one unit on its own', () => {
  it('a natural-gas boiler: direct CO₂ = fuel LHV × 56.1 t/TJ, priced at the carbon price', () => {
    const r = analyseEquipment('boiler', {
      subtype: 'steam_firetube',
      parameters: { fuel_flow_kg_h: 100, steam_flow_kg_h: 1500, steam_pressure_bar: 10, fuel_type: 'natural_gas' },
      context,
    });
    // 100 kg/h × 47,100 kJ/kg / 3600 = 1,308.33 kW of fuel; × 6000 h = 7,850,000 kWh = 28.26 TJ; × 56.1 = 1,585.386 t
    const tonnes = tj(((100 * 47100) / 3600) * 6000) * 56.1;
    expect(tonnes).toBeCloseTo(1585.386, 3);
    expect(r.carbon).toMatchObject({ source: 'fuel', fuel: 'natural_gas', boundaryShare: 1 });
    expect(r.carbon!.co2DirectTonnesPerYear).toBeCloseTo(1585.386, 2);
    expect(r.carbon!.co2IndirectTonnesPerYear).toBe(0);
    expect(r.carbon!.co2EmissionsTonnesPerYear).toBeCloseTo(1585.386, 2);
    expect(r.carbon!.co2CostEurPerYear).toBeCloseTo(1585.386 * 80, 0); // 126,830.88 EUR/yr
    expect(r.carbon!.co2SuppliedTonnesPerYear).toBe(0);
    // the boiler's own metric (kg/h) agrees: 1,308.33 kW × 0.20196 kg/kWh = 264.23 kg/h
    expect(r.metrics.co2EmissionsKgPerH * 6).toBeCloseTo(r.carbon!.co2DirectTonnesPerYear, 6);
  });

  it('a biomass boiler reports biogenic CO₂ apart (112 t/TJ) and emits no fossil CO₂', () => {
    const r = analyseEquipment('boiler', {
      subtype: 'steam_firetube',
      parameters: { fuel_flow_kg_h: 300, steam_flow_kg_h: 1500, steam_pressure_bar: 10, fuel_type: 'biomass' },
      context,
    });
    // 300 × 17,000 / 3600 = 1,416.67 kW; × 6000 h = 8,500,000 kWh = 30.6 TJ; × 112 = 3,427.2 t
    expect(r.carbon!.co2BiogenicTonnesPerYear).toBeCloseTo(3427.2, 2);
    expect(r.carbon!.co2EmissionsTonnesPerYear).toBe(0);
    expect(r.carbon!.co2CostEurPerYear).toBe(0);
  });

  it('a compressor: indirect CO₂ = electric power × hours × grid factor; each measure its share', () => {
    const r = analyseEquipment('compressor', {
      subtype: 'screw',
      parameters: { power_kW: 90, flow_rate_m3_min: 15, outlet_pressure_bar: 7.5 },
      context,
    });
    // 90 kW × 6000 h × 0.4 kg/kWh = 216,000 kg
    expect(r.carbon).toMatchObject({ source: 'electricity', fuel: null, co2DirectTonnesPerYear: 0 });
    expect(r.carbon!.co2IndirectTonnesPerYear).toBeCloseTo(216, 9);
    // the intake-air measure saves 2 % of the power: 1.8 kW × 6000 h × 0.4 = 4,320 kg
    const inlet = r.recommendations.find((m) => m.key === 'inlet_filter')!;
    expect(inlet.co2AvoidedTonnesPerYear).toBeCloseTo(4.32, 9);
    for (const m of r.recommendations) {
      if (m.savingsKW === null) expect(m.co2AvoidedTonnesPerYear).toBeNull();
      else expect(m.co2AvoidedTonnesPerYear).toBeCloseTo((m.savingsKW * 6000 * 0.4) / 1000, 9);
    }
  });

  it('a heat exchanger fed from outside the plant has an unknown supply, so nothing it avoids is claimed', () => {
    const r = analyseEquipment('heat_exchanger', { subtype: 'shell_tube', parameters: {}, context });
    expect(r.carbon).toMatchObject({
      source: 'supplied',
      co2EmissionsTonnesPerYear: 0,
      co2SuppliedTonnesPerYear: null,
    });
    expect(r.carbon!.co2IntensityKgPerKWh).toBeNull();
    for (const m of r.recommendations) expect(m.co2AvoidedTonnesPerYear).toBeNull();
  });

  it('the grid factor follows the project: an electric boiler at 0.1 kg/kWh', () => {
    const r = analyseEquipment('boiler', {
      subtype: 'electric',
      parameters: { electric_power_kW: 900, steam_flow_kg_h: 1200, steam_pressure_bar: 10 },
      context: { ...context, carbon: { gridEmissionFactorKgPerKWh: 0.1, carbonPriceEurPerTonne: 0 } },
    });
    expect(r.carbon!.co2IndirectTonnesPerYear).toBeCloseTo(540, 9); // 900 × 6000 × 0.1 / 1000
    expect(r.metrics.co2EmissionsKgPerH).toBeCloseTo(90, 9);
  });
});

describe('a plant: exergy-based allocation over supply links', () => {
  // Gas boiler: 1,000 kW of fuel (E_F = φ·LHV = 1,040 kW), 400 kW of steam exergy. A CHP turbine takes 300 kW of
  // it and makes 60 kW of power and 40 kW of heat exergy; a compressor takes 50 kW of the turbine's power.
  const plant = (): FactoryEquipmentInput[] => [
    unit({ id: 'boiler', type: 'boiler', fuel: 1040, product: 400, loss: 100, fuelKind: 'fuel' }),
    unit({
      id: 'turbine',
      type: 'steam_turbine',
      fuel: 300,
      product: 100,
      fuelKind: 'steam',
      supplierId: 'boiler',
      products: [
        { key: 'power', label: 'Electric power', exergyKW: 60 },
        { key: 'heat', label: 'Useful heat', exergyKW: 40 },
      ],
    }),
    unit({ id: 'compressor', type: 'compressor', fuel: 50, product: 35, supplierId: 'turbine' }),
  ];
  const analyse = (equipment: FactoryEquipmentInput[]) =>
    analyseFactory({
      equipment,
      operatingHoursPerYear: 6000,
      energyPriceEurPerKWh: 0.08,
      deadState: DEFAULT_DEAD_STATE,
      carbon: DEFAULT_CARBON_SETTINGS,
    });
  const byId = (units: ReturnType<typeof analyse>['units']) => ({
    boiler: units[0].carbon!,
    turbine: units[1].carbon!,
    compressor: units[2].carbon!,
  });

  it('allocates by exergy along the chain, and the plant total counts the boundary fuel once', () => {
    const result = analyse(plant());
    const { boiler, turbine, compressor } = byId(result.units);
    // boiler: 1,000 kW × 6000 h = 6,000,000 kWh = 21.6 TJ × 56.1 = 1,211.76 t
    expect(boiler.co2EmissionsTonnesPerYear).toBeCloseTo(1211.76, 6);
    // its product carries 1,211.76 t / (400 kW × 6000 h) = 0.5049 kg/kWh of exergy
    expect(boiler.co2IntensityKgPerKWh).toBeCloseTo(0.5049, 9);
    // the turbine receives 300 kW × 6000 h × 0.5049 = 908.82 t and emits nothing itself
    expect(turbine.co2EmissionsTonnesPerYear).toBe(0);
    expect(turbine.co2SuppliedTonnesPerYear).toBeCloseTo(908.82, 6);
    expect(boiler.co2PassedOnTonnesPerYear).toBeCloseTo(908.82, 6);
    expect(boiler.co2AllocatedTonnesPerYear).toBeCloseTo(302.94, 6);
    // turbine product: 908.82 t / (100 kW × 6000 h) = 1.5147 kg/kWh; the compressor takes 50 kW → 454.41 t
    expect(compressor.co2SuppliedTonnesPerYear).toBeCloseTo(454.41, 6);
    expect(compressor.boundaryShare).toBe(0);
    expect(compressor.co2IndirectTonnesPerYear).toBe(0); // its electricity comes from the turbine, not the grid
    expect(turbine.co2AllocatedTonnesPerYear).toBeCloseTo(454.41, 6);
    // CHP: power and heat share the turbine's kept CO₂ by exergy, 60 : 40 (not by energy)
    expect(turbine.products.map((p) => [p.key, p.co2AllocatedTonnesPerYear])).toEqual([
      ['power', expect.closeTo(272.646, 6)],
      ['heat', expect.closeTo(181.764, 6)],
    ]);
    // the plant: the boiler's fuel once, not again as steam or as power
    expect(result.totals.carbon!.co2EmissionsTonnesPerYear).toBeCloseTo(1211.76, 6);
    expect(result.totals.carbon!.unitsWithUnknownSupply).toEqual([]);
    const allocated = [boiler, turbine, compressor].reduce((s, c) => s + c.co2AllocatedTonnesPerYear!, 0);
    expect(allocated).toBeCloseTo(1211.76, 6);
  });

  it('a supplied share counts the supplier, the rest the grid', () => {
    // a 150 kW compressor takes all 100 kW the turbine makes and 50 kW from the grid (50 × 6000 × 0.4 = 120 t)
    const equipment = plant();
    equipment[2] = unit({ id: 'compressor', type: 'compressor', fuel: 150, product: 100, supplierId: 'turbine' });
    const { compressor } = byId(analyse(equipment).units);
    expect(compressor.boundaryShare).toBeCloseTo(1 / 3, 12);
    expect(compressor.co2IndirectTonnesPerYear).toBeCloseTo(120, 9);
    expect(compressor.co2SuppliedTonnesPerYear).toBeCloseTo(908.82, 6);
  });

  it('a consumer draws on its supplier only while the supplier runs', () => {
    // the turbine runs 8,000 h but the boiler 6,000 h: 300 kW × 6000 h × 0.5049 kg/kWh, as before
    const equipment = plant();
    equipment[1] = unit({
      id: 'turbine',
      type: 'steam_turbine',
      fuel: 300,
      product: 100,
      fuelKind: 'steam',
      supplierId: 'boiler',
      hours: 8000,
    });
    const { boiler, turbine } = byId(analyse(equipment).units);
    expect(turbine.co2SuppliedTonnesPerYear).toBeCloseTo(908.82, 6);
    expect(boiler.co2AllocatedTonnesPerYear).toBeGreaterThanOrEqual(0);
  });

  it('heat from outside the model is named, and its unknown CO₂ flows on as unknown', () => {
    const equipment = plant();
    equipment[1] = unit({ id: 'turbine', type: 'steam_turbine', fuel: 300, product: 100, fuelKind: 'steam' });
    const result = analyse(equipment);
    const { turbine, compressor } = byId(result.units);
    expect(turbine.co2SuppliedTonnesPerYear).toBeNull();
    expect(compressor.co2SuppliedTonnesPerYear).toBeNull();
    expect(result.totals.carbon!.unitsWithUnknownSupply).toEqual(['turbine', 'compressor']);
    expect(result.totals.carbon!.co2EmissionsTonnesPerYear).toBeCloseTo(1211.76, 6);
  });

  it('integration opportunities state the CO₂ they avoid', () => {
    // a throttled pump with 10 kW of VSD potential: 10 kW × 6000 h × 0.4 kg/kWh = 24 t
    const pump = unit({ id: 'pump', type: 'pump', fuel: 40, product: 20, metrics: { vsdSavingsPotentialKW: 10 } });
    // a chiller's 200 kW of condenser heat at 45 °C to hot water (25 °C): 30 % captured = 60 kW, displacing boiler fuel
    // 60 / 0.9 = 66.67 kW × 6000 h = 400,000 kWh = 1.44 TJ × 56.1 t/TJ (the plant's gas boiler) = 80.784 t
    const chiller = unit({
      id: 'chiller',
      type: 'chiller',
      fuel: 100,
      product: 40,
      heatRecovery: [
        { key: 'condenser_heat', label: 'Condenser', heatKW: 200, exergyKW: 10, temperatureC: 45, medium: 'water' },
      ],
    });
    const opportunities = analyse([...plant(), pump, chiller]).integrationOpportunities;
    const vsd = opportunities.find((o) => o.pattern === 'pump_vsd_retrofit')!;
    expect(vsd.co2AvoidedTonnesPerYear).toBeCloseTo(24, 9);
    const hotWater = opportunities.find((o) => o.pattern === 'condenser_heat_to_hotwater')!;
    expect(hotWater.co2AvoidedTonnesPerYear).toBeCloseTo(80.784, 6);
  });
});
