/**
 * Entropy generation and thermoeconomic strategy (issue 15). S_gen against E_D/T0 exactly, the parts summing to
 * S_gen, physics-based splits checked against the engines' own figures, and every strategy threshold edge of each
 * component class.
 */
import fc from 'fast-check';
import {
  analyseEnergyReview,
  analyseEntropyGeneration,
  analyseThermoeconomics,
  CLASS_RANGES,
} from '../../src/engine/advanced';
import type { EquipmentTypeKey } from '../../src/engine/equipment/types';
import type { FactoryEquipmentInput } from '../../src/engine/factory';
import { run } from '../support/engine';
import { unit } from './factory/fixtures';

const asUnit = (id: string, result: ReturnType<typeof run>): FactoryEquipmentInput => ({
  id,
  name: id,
  type: result.type,
  subtype: result.subtype,
  result,
  supplierId: null,
});

describe('entropy generation', () => {
  const pump = run('pump', 'centrifugal', {
    motor_power_kW: 15,
    flow_rate_m3_h: 50,
    total_head_m: 40,
    control_method: 'throttle',
    throttle_loss_pct: 25,
  });
  const exchanger = run('heat_exchanger', 'shell_tube', {});
  const compressor = run('compressor', 'screw', { power_kW: 37, flow_rate_m3_min: 6.2, outlet_pressure_bar: 7.5 });

  it('S_gen = E_D/T0 at the run’s dead state (not a fixed 298.15 K), and the parts sum to it', () => {
    const result = analyseEntropyGeneration([asUnit('p', pump), asUnit('c', compressor)], 283.15);
    expect(result.deadStateTemperatureK).toBe(283.15);
    for (const row of result.units) {
      const source = row.equipmentId === 'p' ? pump : compressor;
      expect(row.entropyGenerationKWPerK).toBe(source.exergyDestroyedKW / 283.15);
      const parts = row.parts.reduce((s, p) => s + p.entropyGenerationKWPerK, 0);
      expect(parts).toBeCloseTo(row.entropyGenerationKWPerK, 12);
    }
    expect(result.exergyDestroyedKW).toBeCloseTo(pump.exergyDestroyedKW + compressor.exergyDestroyedKW, 9);
  });

  it('splits a throttled pump from its own losses: motor 1.05 kW dissipation, 4.75 + 3.75 kW friction and throttling', () => {
    // 15 kW motor at 93 % → 13.95 kW shaft, 1.05 kW motor loss; 25 % of the 15 kW lost in the throttle = 3.75 kW;
    // the rest of the destruction is the pump's own hydraulic loss (its metrics): together they are E_D = 9.552 kW
    const [row] = analyseEntropyGeneration([asUnit('p', pump)], 298.15).units;
    expect(row.method).toBe('physics');
    const part = (m: string) => row.parts.find((p) => p.mechanism === m)!.entropyGenerationKWPerK * 298.15;
    expect(part('dissipation')).toBeCloseTo(1.05, 9);
    expect(part('pressure_drop')).toBeCloseTo(pump.metrics.pumpLossKW + 3.75, 9);
    expect(part('heat_transfer')).toBe(0);
    expect(row.dominantMechanism).toBe('pressure_drop');
    expect(row.bejanNumber).toBeNull();
  });

  it('a heat exchanger’s split and Bejan number are its engine’s own', () => {
    const [row] = analyseEntropyGeneration([asUnit('hx', exchanger)], 298.15).units;
    expect(row.method).toBe('physics');
    const dp = row.parts.find((p) => p.mechanism === 'pressure_drop')!.entropyGenerationKWPerK * 298.15;
    expect(dp).toBeCloseTo(exchanger.metrics.pressureDropDestructionKW, 9);
    expect(row.bejanNumber).toBeCloseTo(exchanger.metrics.bejanNumber!, 6);
  });

  it('a fired boiler splits into combustion at its adiabatic flame and heat transfer (not the original’s 75 % combustion)', () => {
    // 100 kg/h natural gas at 15 % excess air (the worked example): E_F = 1360.667 kW
    const boiler = run('boiler', 'steam_firetube', {
      fuel_flow_kg_h: 100,
      steam_flow_kg_h: 1400,
      steam_pressure_bar: 10,
      feedwater_temp_C: 80,
      excess_air_pct: 15,
    });
    const m = boiler.metrics;
    // an upper bound by hand: with the products' mean cp over T0 → T_ad, ex = LHV − T0·(LHV/(T_ad − T0))·ln(T_ad/T0);
    // cp rises with T, so the true Δs is smaller and the combustion destruction below this bound
    const flameK = m.adiabaticFlameTemperatureC! + 273.15;
    const meanCpBound = 1 - (47100 - 298.15 * (47100 / (flameK - 298.15)) * Math.log(flameK / 298.15)) / (1.04 * 47100);
    const share = m.combustionDestructionKW! / boiler.exergyFuelKW;
    expect(share).toBeLessThan(meanCpBound);
    expect(share).toBeGreaterThan(meanCpBound - 0.03);
    expect(share).toBeGreaterThan(0.3); // combustion of methane with air destroys about a third of its exergy
    const [row] = analyseEntropyGeneration([asUnit('b', boiler)], 298.15).units;
    expect(row.method).toBe('physics');
    const part = (mechanism: string) => row.parts.find((p) => p.mechanism === mechanism)!.entropyGenerationKWPerK;
    expect(part('mixing_combustion') * 298.15).toBeCloseTo(m.combustionDestructionKW!, 9);
    expect((part('mixing_combustion') + part('heat_transfer')) * 298.15).toBeCloseTo(boiler.exergyDestroyedKW, 9);
    expect(row.dominantMechanism).toBe('heat_transfer');
    // stoichiometric methane (its own LHV, 802.3 kJ/mol / 16.043 g/mol = 50,010 kJ/kg): the textbook 2,328 K for
    // complete combustion in air (Princeton, "Adiabatic Flame Temperature")
    const stoichiometric = run('boiler', 'steam_firetube', {
      fuel_flow_kg_h: 100,
      fuel_lhv_kj_kg: 50010,
      steam_flow_kg_h: 1400,
      steam_pressure_bar: 10,
      excess_air_pct: 0,
    });
    expect(Math.abs(stoichiometric.metrics.adiabaticFlameTemperatureC! + 273.15 - 2328) / 2328).toBeLessThan(0.01);
    // an electric boiler's destruction is Joule heating; a waste-heat boiler's heat transfer
    const electric = run('boiler', 'electric', { electric_power_kW: 500, steam_flow_kg_h: 700, steam_pressure_bar: 6 });
    expect(electric.metrics.combustionDestructionKW).toBeNull();
    const [joule] = analyseEntropyGeneration([asUnit('e', electric)], 298.15).units;
    expect([joule.method, joule.dominantMechanism]).toEqual(['physics', 'dissipation']);
  });

  it('a steam turbine splits into expansion friction T0·ṁ·Δs and its mechanical and generator losses', () => {
    const turbine = run('steam_turbine', 'back_pressure', {
      mass_flow_kg_s: 2,
      inlet_pressure_bar: 40,
      inlet_temp_C: 400,
      outlet_pressure_bar: 4,
      isentropic_efficiency: 0.75,
      mechanical_efficiency: 0.98,
      generator_efficiency: 0.96,
    });
    const m = turbine.metrics;
    // mechanical and generator losses by hand: ṁ·Δh − P_el = P_shaft/η_mech − P_el
    const dissipation = m.shaftPowerKW / 0.98 - m.electricPowerKW;
    const [row] = analyseEntropyGeneration([asUnit('t', turbine)], 298.15).units;
    expect(row.method).toBe('physics');
    const part = (mechanism: string) => row.parts.find((p) => p.mechanism === mechanism)!.entropyGenerationKWPerK;
    expect(part('dissipation') * 298.15).toBeCloseTo(dissipation, 6);
    expect(part('pressure_drop') * 298.15).toBeCloseTo(m.expansionDestructionKW, 9);
    // the balance closes: friction plus the drive-train losses are the turbine's whole destruction
    expect(m.expansionDestructionKW + dissipation).toBeCloseTo(turbine.exergyDestroyedKW, 6);
  });

  it('types without a resolved split use their typical fractions and say so', () => {
    const result = analyseEntropyGeneration([asUnit('c', compressor)], 298.15);
    const [row] = result.units;
    expect(row.method).toBe('fixed_fractions');
    // screw compressor: 25 % heat transfer, 70 % pressure drop, 5 % mixing (spec/advanced.md §C)
    expect(row.parts.map((p) => p.sharePct)).toEqual([
      expect.closeTo(25, 9),
      expect.closeTo(70, 9),
      expect.closeTo(5, 9),
      0,
    ]);
    expect(result.warnings[0]).toMatch(/typical fractions/);
  });

  it('is finite for a plant that destroys nothing and for a single unit', () => {
    const idle = analyseEntropyGeneration([unit({ id: 'z', type: 'pump', fuel: 0, product: 0 })], 298.15);
    expect(idle.totalEntropyGenerationKWPerK).toBe(0);
    expect(idle.units[0].parts.every((p) => p.sharePct === null && p.entropyGenerationKWPerK === 0)).toBe(true);
    expect(idle.warnings).toContain('No exergy is destroyed in the analysed units: nothing to decompose.');
    const single = analyseEntropyGeneration([asUnit('p', pump)], 298.15);
    expect(single.units[0].plantSharePct).toBe(100);
  });

  it('for random fixtures of every type the parts always sum to S_gen', () => {
    const types: EquipmentTypeKey[] = [
      'compressor',
      'boiler',
      'chiller',
      'pump',
      'heat_exchanger',
      'steam_turbine',
      'dryer',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...types),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 200, max: 340, noNaN: true }),
        (type, fuel, productShare, t0) => {
          const u = unit({ id: 'u', type, fuel, product: fuel * productShare });
          const [row] = analyseEntropyGeneration([u], t0).units;
          const sum = row.parts.reduce((s, p) => s + p.entropyGenerationKWPerK, 0);
          expect(Math.abs(sum - row.entropyGenerationKWPerK)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, row.entropyGenerationKWPerK),
          );
          expect(row.parts.every((p) => p.entropyGenerationKWPerK >= 0)).toBe(true);
        },
      ),
      { numRuns: 500, seed: 15 },
    );
  });
});

describe('thermoeconomic strategy', () => {
  /** A unit with chosen f (via Ż and Ċ_D), r and avoidable share. */
  function priced(type: EquipmentTypeKey, f: number, avoidableShare: number, r = 1) {
    const u = unit({ id: `${type}-${f}`, type, fuel: 100, product: 50, avoidable: 50 * avoidableShare });
    const cD = 10; // EUR/h of destruction; Ż follows from f = Ż/(Ż + Ċ_D) with Ċ_L = 0
    const z = (f * cD) / (1 - f);
    u.result.economics = {
      ...u.result.economics,
      purchasedEquipmentCostEur: 100000,
      investmentCostRateEurPerH: z,
      destructionCostRateEurPerH: cD,
      lossCostRateEurPerH: 0,
      exergoeconomicFactor: f,
      relativeCostDifference: r,
    };
    return u;
  }
  const strategy = (type: EquipmentTypeKey, f: number, avoidable = 0.5) =>
    analyseThermoeconomics([priced(type, f, avoidable)]).units[0].strategy;

  it.each([
    ['heat_exchanger', 'heat_exchanger'],
    ['compressor', 'compressor_turbine'],
    ['steam_turbine', 'compressor_turbine'],
    ['pump', 'pump'],
    ['boiler', 'thermal_conversion'],
  ] as const)('%s: invest just below its class range, reduce just above, tune or keep within', (type, cls) => {
    const { low, high } = CLASS_RANGES[cls];
    expect(strategy(type, low - 0.001)).toBe('invest');
    expect(strategy(type, low)).toBe('parametric');
    expect(strategy(type, high)).toBe('parametric');
    expect(strategy(type, high + 0.001)).toBe('reduce_investment');
    // within the range the avoidable share decides, at 30 %
    expect(strategy(type, (low + high) / 2, 0.3)).toBe('maintain');
    expect(strategy(type, (low + high) / 2, 0.301)).toBe('parametric');
  });

  it('the same f means different things for different classes (the original used one set of thresholds)', () => {
    // f = 0.6: above a heat exchanger's range, within a compressor's, below a pump's
    expect([strategy('heat_exchanger', 0.6), strategy('compressor', 0.6), strategy('pump', 0.6)]).toEqual([
      'reduce_investment',
      'parametric',
      'invest',
    ]);
  });

  it('savings are the avoidable destruction cost over the unit’s own hours; payback from the investment share', () => {
    // Ċ_D 10 EUR/h × 0.5 avoidable × 6000 h = 30,000 EUR/yr; invest = 50 % of a 100,000 EUR unit → 1.667 years
    const [row] = analyseThermoeconomics([priced('compressor', 0.2, 0.5)]).units;
    expect(row).toMatchObject({ strategy: 'invest', priority: 'high', investmentEur: 50000 });
    expect(row.annualSavingsEur).toBeCloseTo(30000, 9);
    expect(row.paybackYears).toBeCloseTo(50000 / 30000, 12);
    const totals = analyseThermoeconomics([priced('compressor', 0.2, 0.5), priced('pump', 0.8, 0.1)]).totals;
    // plant f = ΣŻ/(ΣŻ + ΣĊ_D): Ż = 2.5 and 40 EUR/h, Ċ_D = 10 + 10 → 42.5/62.5 = 0.68
    expect(totals.exergoeconomicFactor).toBeCloseTo(0.68, 12);
  });

  it('a unit without an f is maintained, and an all-maintain plant says so', () => {
    const result = analyseThermoeconomics([unit({ id: 'x', type: 'pump', fuel: 10, product: 5 })]);
    expect(result.units[0].strategy).toBe('maintain');
    expect(result.totals.paybackYears).toBeNull();
    expect(result.warnings[0]).toMatch(/maintain/);
  });
});

describe('energy review', () => {
  const figures = (id: string, u: FactoryEquipmentInput[]) => {
    const destroyed = u.reduce((s, x) => s + x.result.exergyDestroyedKW, 0);
    const fuel = u.reduce((s, x) => s + x.result.exergyFuelKW, 0);
    const product = u.reduce((s, x) => s + x.result.exergyProductKW, 0);
    return {
      id,
      analyzedAt: new Date('2026-12-01T00:00:00Z'),
      totals: {
        exergyFuelKW: fuel,
        exergyProductKW: product,
        exergyLossKW: 0,
        exergyDestroyedKW: destroyed,
        internalExergyKW: 0,
        exergeticEfficiencyPct: fuel > 0 ? (100 * product) / fuel : null,
        equipmentCount: u.length,
        exergyDestroyedAvoidableKW: destroyed / 2,
        exergyDestroyedUnavoidableKW: destroyed / 2,
        annualLossKWh: destroyed * 6000,
        annualLossEur: destroyed * 6000 * 0.1,
        balanceResidualKW: 0,
        carbon: null,
      },
      specificExergy: null,
      heatRecoveryPotentialKW: 0,
      entropyGenerationKWPerK: destroyed / 298.15,
      annualProductKWh: product * 6000,
    };
  };
  const review = (u: FactoryEquipmentInput[]) => {
    const current = figures('run', u);
    return analyseEnergyReview({
      current,
      baseline: current,
      baselineMarked: false,
      history: [current],
      units: u,
      internalByConsumer: new Map(),
      integrationOpportunities: [],
      strategies: analyseThermoeconomics(u).units,
    });
  };

  it('is finite for a plant that destroys nothing: undefined ratios are null, not NaN', () => {
    const result = review([unit({ id: 'z', type: 'pump', fuel: 0, product: 0 })]);
    expect(result.enpis.find((e) => e.key === 'exergetic_efficiency')!.value).toBeNull();
    expect(result.enpis.find((e) => e.key === 'avoidable_share')!.value).toBeNull();
    expect(result.significantEnergyUses).toEqual([]);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });

  it('a single unit is the whole plant’s significant energy use, compared with itself at the baseline', () => {
    const result = review([unit({ id: 'p', type: 'pump', fuel: 40, product: 20 })]);
    expect(result.significantEnergyUses).toEqual([
      { equipmentId: 'p', name: 'p', exergyInputKW: 40, sharePct: 100, exergyDestroyedKW: 20 },
    ]);
    // destruction ratio 20/40 = 50 %, cost intensity 20 kW × 6000 h × 0.1 EUR/kWh / (20 kW × 6000 h) = 0.1 EUR/kWh
    const value = (key: string) => result.enpis.find((e) => e.key === key)!;
    expect(value('destruction_ratio')).toMatchObject({ value: 50, baselineValue: 50, change: 0, improved: null });
    expect(value('cost_intensity').value).toBeCloseTo(0.1, 12);
    expect(value('entropy_generation_index').value).toBeCloseTo((1000 * 20) / 298.15 / 40, 12);
    expect(result.warnings[0]).toMatch(/is the energy baseline/);
  });
});
