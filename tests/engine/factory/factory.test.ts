/** Factory totals, hotspots, integration patterns and the Sankey — on fixtures with exact numbers. */
import {
  analyseFactory,
  buildFactorySankey,
  FactoryInputError,
  MIN_APPROACH_K,
  type FactoryEquipmentInput,
  type SankeyMode,
} from '../../../src/engine/factory';
import { DEFAULT_DEAD_STATE } from '../../../src/engine/thermo';
import { stream, unit } from './fixtures';
import { DEFAULT_CARBON_SETTINGS } from '../../../src/engine/equipment/common/carbon';

const analyse = (equipment: FactoryEquipmentInput[]) =>
  analyseFactory({
    equipment,
    operatingHoursPerYear: 6000,
    energyPriceEurPerKWh: 0.08,
    deadState: DEFAULT_DEAD_STATE,
    carbon: DEFAULT_CARBON_SETTINGS,
  });
const sankey = (equipment: FactoryEquipmentInput[], mode: SankeyMode) =>
  buildFactorySankey(
    { equipment, operatingHoursPerYear: 6000, energyPriceEurPerKWh: 0.08, deadState: DEFAULT_DEAD_STATE },
    mode,
  );

describe('totals at the plant boundary (Correction F-1)', () => {
  // The spec's illustration: boiler 1000 kW fuel → 400 kW steam; a back-pressure turbine takes 170 kW of it
  // (400 in, 230 exhaust to process) → 120 kW power, 50 kW destroyed.
  const boiler = unit({ id: 'boiler', type: 'boiler', fuel: 1000, product: 400, loss: 100, fuelKind: 'fuel' });
  const turbine = unit({
    id: 'turbine',
    type: 'steam_turbine',
    fuel: 170,
    product: 120,
    fuelKind: 'steam',
    supplierId: 'boiler',
  });

  it('without links totals are plain sums', () => {
    const t = analyse([boiler, { ...turbine, supplierId: null }]).totals;
    expect([t.exergyFuelKW, t.exergyProductKW, t.exergyLossKW, t.exergyDestroyedKW, t.internalExergyKW]).toEqual([
      1170, 520, 100, 550, 0,
    ]);
  });

  it('with the link the internal stream is counted once: E_F 1000, E_P 350 (= 230 exhaust + 120 power), ε 35 %', () => {
    const t = analyse([boiler, turbine]).totals;
    expect(t.exergyFuelKW).toBe(1000);
    expect(t.exergyProductKW).toBe(350);
    expect(t.internalExergyKW).toBe(170);
    expect(t.exergyDestroyedKW).toBe(550);
    expect(t.exergyLossKW).toBe(100);
    expect(t.exergeticEfficiencyPct).toBeCloseTo(35, 12);
    expect(t.balanceResidualKW).toBeCloseTo(0, 9);
  });

  it('a consumer drawing more than its supplier makes takes the rest from the boundary', () => {
    const small = unit({ id: 'small', type: 'boiler', fuel: 200, product: 50, fuelKind: 'fuel' });
    const big = unit({
      id: 'big',
      type: 'heat_exchanger',
      fuel: 80,
      product: 40,
      fuelKind: 'heat',
      supplierId: 'small',
    });
    const t = analyse([small, big]).totals;
    expect(t.internalExergyKW).toBe(50);
    expect(t.exergyFuelKW).toBe(230);
    expect(t.exergyProductKW).toBe(40);
  });

  it('rejects unknown, self and cyclic supply links', () => {
    const a = unit({ id: 'a', type: 'boiler', fuel: 10, product: 5, supplierId: 'b' });
    const b = unit({ id: 'b', type: 'boiler', fuel: 10, product: 5, supplierId: 'a' });
    expect(() => analyse([a, b])).toThrow(/cycle/);
    expect(() => analyse([unit({ id: 'a', type: 'pump', fuel: 1, product: 0.5, supplierId: 'a' })])).toThrow(
      FactoryInputError,
    );
    expect(() => analyse([unit({ id: 'a', type: 'pump', fuel: 1, product: 0.5, supplierId: 'ghost' })])).toThrow(
      /unknown/,
    );
  });

  it('an empty or all-zero plant gives zeros and nulls, never NaN', () => {
    const t = analyse([unit({ id: 'z', type: 'pump', fuel: 0, product: 0 })]).totals;
    expect(t.exergeticEfficiencyPct).toBeNull();
    const { carbon, ...figures } = t;
    expect(Object.values(figures).every((v) => v === null || Number.isFinite(v))).toBe(true);
    expect(carbon?.co2EmissionsTonnesPerYear).toBe(0);
    expect(analyse([]).hotspots).toEqual([]);
  });
});

describe('hotspots', () => {
  it('ranks by destruction with shares and the spec’s priority rules', () => {
    const hotspots = analyse([
      unit({ id: 'small', type: 'pump', fuel: 10, product: 7 }), // E_D 3, η 70 %, share 3 % → low
      unit({ id: 'big', type: 'boiler', fuel: 200, product: 150 }), // E_D 50 → high
      unit({ id: 'mid', type: 'compressor', fuel: 100, product: 60 }), // E_D 40 → high (> 20 kW)
      unit({ id: 'six', type: 'chiller', fuel: 20, product: 14 }), // E_D 6 → medium (> 5 kW)
    ]).hotspots;
    expect(hotspots.map((h) => [h.equipmentId, h.priority])).toEqual([
      ['big', 'high'],
      ['mid', 'high'],
      ['six', 'medium'],
      ['small', 'low'],
    ]);
    expect(hotspots[0].sharePct).toBeCloseTo((100 * 50) / 99, 9);
    expect(hotspots[3].cumulativeSharePct).toBeCloseTo(100, 9);
  });
});

describe('integration patterns trigger only when the source is hot enough', () => {
  const compressor = (t: number) =>
    unit({
      id: 'comp',
      type: 'compressor',
      fuel: 37,
      product: 22,
      heatRecovery: [stream('compression_heat', 30, t, 'oil')],
    });
  const boiler = (t: number) =>
    unit({
      id: 'boil',
      type: 'boiler',
      fuel: 1000,
      product: 300,
      fuelKind: 'fuel',
      heatRecovery: [stream('flue_gas', 80, t, 'flue_gas')],
    });
  const chiller = (t: number) =>
    unit({ id: 'chil', type: 'chiller', fuel: 70, product: 19, heatRecovery: [stream('condenser_heat', 420, t)] });
  const dryer = (t: number) =>
    unit({
      id: 'dry',
      type: 'dryer',
      fuel: 700,
      product: 40,
      heatRecovery: [stream('exhaust_air', 200, t, 'exhaust_air')],
    });
  const turbine = (t: number, recovered = 0) =>
    unit({
      id: 'turb',
      type: 'steam_turbine',
      fuel: 500,
      product: 400,
      fuelKind: 'steam',
      heatRecovery: [stream('exhaust', 1500, t, 'steam')],
      metrics: { heatRecoveredKW: recovered },
    });
  const hx = unit({ id: 'hx', type: 'heat_exchanger', fuel: 30, product: 10, fuelKind: 'heat' });
  const pump = (potential: number) =>
    unit({ id: 'pump', type: 'pump', fuel: 15, product: 5, metrics: { vsdSavingsPotentialKW: potential } });

  const cases: [string, FactoryEquipmentInput[], (hot: boolean) => FactoryEquipmentInput[], number][] = [
    ['compressor_heat_to_boiler', [], (hot) => [compressor(hot ? 75 : 69), boiler(100)], 60],
    ['compressor_heat_to_space', [], (hot) => [compressor(hot ? 55 : 54)], 45],
    ['flue_gas_to_absorption', [], (hot) => [boiler(hot ? 100 : 99), chiller(30)], 90],
    ['condenser_heat_to_hotwater', [], (hot) => [chiller(hot ? 35 : 34)], 25],
    ['dryer_exhaust_to_hx', [], (hot) => [dryer(hot ? 50 : 49), hx], 40],
    ['turbine_exhaust_to_absorption', [], (hot) => [turbine(hot ? 100 : 99), chiller(30)], 90],
    ['boiler_flue_to_hx_economizer', [], (hot) => [boiler(hot ? 70 : 69), hx], 60],
    ['turbine_chp_heating', [], (hot) => [turbine(hot ? 80 : 79)], 70],
  ];
  it.each(cases)('%s', (pattern, _unused, plant, sinkC) => {
    const hot = analyse(plant(true)).integrationOpportunities.filter((o) => o.pattern === pattern);
    const cold = analyse(plant(false)).integrationOpportunities.filter((o) => o.pattern === pattern);
    expect(hot).toHaveLength(1);
    expect(cold).toHaveLength(0);
    expect(hot[0].sinkTemperatureC).toBe(sinkC);
    expect(hot[0].sourceTemperatureC! - sinkC).toBeGreaterThanOrEqual(MIN_APPROACH_K);
    expect(hot[0].recoverableKW).toBeGreaterThan(0);
    expect(hot[0].paybackYears).toBeCloseTo(hot[0].investmentEur / hot[0].savingsEurPerYear, 9);
  });

  it('compressor heat to boiler: 0.6 of the recovered heat priced as boiler heat', () => {
    const o = analyse([compressor(80), boiler(100)]).integrationOpportunities.find(
      (x) => x.pattern === 'compressor_heat_to_boiler',
    )!;
    // 30 kW · 0.6 = 18 kW; 18/0.9 · 6000 h · 0.08 EUR/kWh = 9600 EUR/yr; 15 000 EUR → 1.5625 yr
    expect(o.recoverableKW).toBeCloseTo(18, 12);
    expect(o.savingsEurPerYear).toBeCloseTo(9600, 9);
    expect(o.paybackYears).toBeCloseTo(1.5625, 12);
  });

  it('pump_vsd_retrofit only above 1 kW, and a CHP turbine gets no CHP-heating pattern', () => {
    expect(analyse([pump(3)]).integrationOpportunities.map((o) => o.pattern)).toEqual(['pump_vsd_retrofit']);
    expect(analyse([pump(1)]).integrationOpportunities).toEqual([]);
    expect(
      analyse([turbine(120, 500)]).integrationOpportunities.filter((o) => o.pattern === 'turbine_chp_heating'),
    ).toEqual([]);
  });

  it('ranks by payback', () => {
    const list = analyse([compressor(90), boiler(200), chiller(36), pump(3), hx]).integrationOpportunities;
    const paybacks = list.map((o) => o.paybackYears ?? Infinity);
    expect(paybacks).toEqual([...paybacks].sort((a, b) => a - b));
  });
});

describe('Sankey', () => {
  const plant = [
    unit({ id: 'boiler', type: 'boiler', fuel: 1000, product: 400, loss: 100, fuelKind: 'fuel' }),
    unit({ id: 'turbine', type: 'steam_turbine', fuel: 170, product: 120, fuelKind: 'steam', supplierId: 'boiler' }),
    unit({ id: 'pump', type: 'pump', fuel: 15, product: 5 }),
  ];
  it.each(['EXERGY_FLOW', 'DESTRUCTION_FOCUS', 'COST_FLOW'] as SankeyMode[])('%s: every unit node balances', (mode) => {
    const s = sankey(plant, mode);
    expect(s.balance.ok).toBe(true);
    expect(s.balance.nodes).toHaveLength(3);
    for (const node of s.balance.nodes)
      expect(Math.abs(node.residual)).toBeLessThanOrEqual(1e-9 * Math.max(1, node.inflow));
    const ids = new Set(s.nodes.map((n) => n.id));
    for (const l of s.links) {
      expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
      expect(Number.isFinite(l.value)).toBe(true);
    }
  });

  it('draws the internal supply as a link between units, and boundary fuel once', () => {
    const s = sankey(plant, 'EXERGY_FLOW');
    expect(s.links.find((l) => l.kind === 'internal')).toMatchObject({
      source: 'equipment:boiler',
      target: 'equipment:turbine',
      value: 170,
    });
    const boundary = s.links.filter((l) => l.kind === 'fuel').reduce((sum, l) => sum + l.value, 0);
    expect(boundary).toBe(1015);
    expect(s.nodes.some((n) => n.id === 'source:heat')).toBe(false);
  });

  it('splits destruction into avoidable and unavoidable in DESTRUCTION_FOCUS, and prices in EUR/h in COST_FLOW', () => {
    const focus = sankey(plant, 'DESTRUCTION_FOCUS');
    expect(focus.links.some((l) => l.kind === 'avoidable') && focus.links.some((l) => l.kind === 'unavoidable')).toBe(
      true,
    );
    const cost = sankey(plant, 'COST_FLOW');
    expect(cost.unit).toBe('EUR/h');
    // all boundary exergy at 0.1 EUR/kWh: the boiler's fuel link is 1000 kW · 0.1 = 100 EUR/h
    expect(cost.links.find((l) => l.source === 'source:fuel')!.value).toBeCloseTo(100, 9);
  });
});
