/**
 * Advanced exergy (EN/EX × AV/UN): hand-computed chains by the engineering method (Kelly, Tsatsaronis & Morosuk
 * 2009; algebra in src/engine/advanced/advanced-exergy.ts), the heuristic for unlinked units (spec/advanced.md §B),
 * and properties over random chains and trees: EN + EX = E_D, the four quadrants add up to E_D, the exogenous
 * sources and the mexogenous part reconcile EX, all finite.
 */
import fc from 'fast-check';
import { analyseAdvancedExergy, type AdvancedExergyResult } from '../../src/engine/advanced';
import { EQUIPMENT_TYPE_KEYS } from '../../src/engine/equipment/types';
import type { FactoryEquipmentInput } from '../../src/engine/factory';
import { nonFinitePaths } from '../../src/modules/shared/finite';
import { analysedDemoPlant } from '../support/demo-plant';
import { unit } from './factory/fixtures';

function analysed(units: FactoryEquipmentInput[]): AdvancedExergyResult {
  const result = analyseAdvancedExergy(units);
  expect(result).not.toBeNull();
  expect(nonFinitePaths(result)).toEqual([]);
  return result!;
}

const row = (result: AdvancedExergyResult, id: string) => result.units.find((u) => u.equipmentId === id)!;
const sourceKW = (result: AdvancedExergyResult, affected: string, source: string) =>
  row(result, affected).exogenousSources.find((s) => s.equipmentId === source)?.exergyDestroyedKW ?? 0;

describe('engineering method on supply chains', () => {
  it('splits a boiler → turbine pair', () => {
    // A: F 100, P 40, L 10 → D 50, d_A = D/P = 1.25, AV 20 (40 %). B (fed by A): F 40, P 30 → D 10, r_B = 4/3.
    // Final products: x_A = 40 − 40 = 0 (all of A's product feeds B), x_B = 30.
    // B ideal: it needs F = P = 30 from A, so E_D,A^EN = 1.25·30 = 37.5, E_D,A^EX = 50 − 37.5 = 12.5, all caused by B.
    // B is terminal: nothing downstream, E_D,B^EN = 10.
    const result = analysed([
      unit({ id: 'A', type: 'boiler', fuel: 100, product: 40, loss: 10, avoidable: 20 }),
      unit({ id: 'B', type: 'steam_turbine', fuel: 40, product: 30, supplierId: 'A' }),
    ]);
    const a = row(result, 'A');
    expect(a.method).toBe('engineering');
    expect(a.endogenousKW).toBeCloseTo(37.5, 10);
    expect(a.exogenousKW).toBeCloseTo(12.5, 10);
    expect(sourceKW(result, 'A', 'B')).toBeCloseTo(12.5, 10);
    expect(a.mexogenousKW).toBe(0);
    // AV/UN with A's own 40 %: AV-EN 15, AV-EX 5, UN-EN 22.5, UN-EX 7.5.
    expect([
      a.avoidableEndogenousKW,
      a.avoidableExogenousKW,
      a.unavoidableEndogenousKW,
      a.unavoidableExogenousKW,
    ]).toEqual([15, 5, 22.5, 7.5].map((v) => expect.closeTo(v, 10)));
    expect(row(result, 'B')).toMatchObject({ method: 'engineering', endogenousKW: 10, exogenousKW: 0 });
    expect(result.interactionNetwork.edges).toEqual([
      expect.objectContaining({ sourceId: 'B', targetId: 'A', exergyDestroyedKW: expect.closeTo(12.5, 10) }),
    ]);
    expect(result.mostInfluential).toMatchObject({ equipmentId: 'B', exogenousCausedKW: expect.closeTo(12.5, 10) });
    expect(result.mostAffected).toMatchObject({ equipmentId: 'A', exogenousSharePct: expect.closeTo(25, 10) });
    expect(result.totals.endogenousRatioPct).toBeCloseTo((100 * 47.5) / 60, 10);
  });

  it('splits a three-unit chain, with the mexogenous part from B and C acting together', () => {
    // A: F 200, P 100, L 20 → D 80, d_A = 0.8. B (fed by A): F 100, P 80 → D 20, d_B = 0.25, r_B = 1.25.
    // C (fed by B): F 80, P 50, L 10 → D 20, r_C = 1.6. x_A = x_B = 0, x_C = 50.
    // C: terminal, E_D^EN = 20.
    // B: C ideal → P_B = 50: E_D^EN = 0.25·50 = 12.5; E_D^EX = 7.5 = d_B·(r_C − 1)·x_C = 0.25·0.6·50, from C.
    // A: B, C ideal → P_A = 50: E_D^EN = 0.8·50 = 40, E_D^EX = 40.
    //    B real alone: P_A = r_B·50 = 62.5 → E_D^EX,B = 0.8·12.5 = 10.
    //    C real alone: P_A = r_C·50 = 80 → E_D^EX,C = 0.8·30 = 24.
    //    E_D^MX = 40 − 10 − 24 = 6 = d_A·(r_B − 1)·(r_C − 1)·x_C = 0.8·0.25·0.6·50.
    const result = analysed([
      unit({ id: 'A', type: 'boiler', fuel: 200, product: 100, loss: 20 }),
      unit({ id: 'B', type: 'heat_exchanger', fuel: 100, product: 80, supplierId: 'A' }),
      unit({ id: 'C', type: 'dryer', fuel: 80, product: 50, loss: 10, supplierId: 'B' }),
    ]);
    expect(row(result, 'C').endogenousKW).toBeCloseTo(20, 10);
    expect(row(result, 'B').endogenousKW).toBeCloseTo(12.5, 10);
    expect(sourceKW(result, 'B', 'C')).toBeCloseTo(7.5, 10);
    const a = row(result, 'A');
    expect(a.endogenousKW).toBeCloseTo(40, 10);
    expect(sourceKW(result, 'A', 'B')).toBeCloseTo(10, 10);
    expect(sourceKW(result, 'A', 'C')).toBeCloseTo(24, 10);
    expect(a.mexogenousKW).toBeCloseTo(6, 10);
    expect(a.exogenousSources.map((s) => s.equipmentId)).toEqual(['C', 'B']);
    expect(result.totals).toMatchObject({
      exergyDestroyedKW: 120,
      endogenousKW: expect.closeTo(72.5, 10),
      exogenousKW: expect.closeTo(47.5, 10),
      mexogenousKW: expect.closeTo(6, 10),
    });
    expect(result.units.every((u) => u.method === 'engineering')).toBe(true);
  });

  it('holds a supplier’s export fixed as a final product (a tree with no joint term)', () => {
    // A: F 200, P 100 → D 100, d_A = 1; it feeds B (F 50) and C (F 30) and exports x_A = 100 − 80 = 20.
    // B: P 40, C: P 15, L 5. Both ideal: P_A = 20 + 40 + 15 = 75 → E_D,A^EN = 75, E_D,A^EX = 25:
    // B alone 50 − 40 = 10, C alone 30 − 15 = 15, parallel branches so E_D^MX = 0.
    const result = analysed([
      unit({ id: 'A', type: 'boiler', fuel: 200, product: 100 }),
      unit({ id: 'B', type: 'steam_turbine', fuel: 50, product: 40, supplierId: 'A' }),
      unit({ id: 'C', type: 'dryer', fuel: 30, product: 15, loss: 5, supplierId: 'A' }),
    ]);
    expect(row(result, 'A').endogenousKW).toBeCloseTo(75, 10);
    expect(sourceKW(result, 'A', 'B')).toBeCloseTo(10, 10);
    expect(sourceKW(result, 'A', 'C')).toBeCloseTo(15, 10);
    expect(row(result, 'A').mexogenousKW).toBe(0);
  });

  it('counts only the supplied share of a consumer that also buys fuel at the boundary', () => {
    // A: F 50, P 30 → D 20, d_A = 2/3; B needs F 40 but A has 30: σ_B = 0.75. B: P 20 → D 20.
    // B ideal: F_B = 20, of which A supplies 0.75·20 = 15 → E_D,A^EN = 2/3·15 = 10, E_D,A^EX = 10 from B.
    const result = analysed([
      unit({ id: 'A', type: 'boiler', fuel: 50, product: 30 }),
      unit({ id: 'B', type: 'steam_turbine', fuel: 40, product: 20, supplierId: 'A' }),
    ]);
    expect(row(result, 'A').endogenousKW).toBeCloseTo(10, 10);
    expect(sourceKW(result, 'A', 'B')).toBeCloseTo(10, 10);
  });

  it('takes a linked unit without product as all endogenous, and its whole supplied fuel as exogenous upstream', () => {
    // B destroys all 40 kW it gets from A (P_B = 0): B ideal would need none, so all of A's E_D is caused by B.
    const result = analysed([
      unit({ id: 'A', type: 'boiler', fuel: 100, product: 40 }),
      unit({ id: 'B', type: 'heat_exchanger', fuel: 40, product: 0, supplierId: 'A' }),
    ]);
    expect(row(result, 'A')).toMatchObject({ endogenousKW: 0, exogenousKW: 60 });
    expect(sourceKW(result, 'A', 'B')).toBeCloseTo(60, 10);
    expect(row(result, 'B')).toMatchObject({ endogenousKW: 40, exogenousKW: 0 });
    expect(row(result, 'B').warnings.join()).toMatch(/no exergy of product/);
  });
});

describe('heuristic for unlinked units', () => {
  it('uses the original’s coefficients and flags the units HEURISTIC', () => {
    // Boiler η = 0.41 against its reference 0.82: δ = 0.5. Compressor η = 0.60 against 0.80: δ = 0.25.
    // Compressor: φ = 0.75·(1 − α(compressor←boiler)·δ_boiler) = 0.75·(1 − 0.05·0.5) = 0.73125 → EN = 29.25 of 40.
    // Boiler: α(boiler←compressor) = 0, so φ = 0.80 → EN = 47.2 of 59, and its EX (11.8) has no source.
    const result = analysed([
      unit({ id: 'boiler', type: 'boiler', fuel: 100, product: 41 }),
      unit({ id: 'compressor', type: 'compressor', fuel: 100, product: 60 }),
    ]);
    expect(result.heuristicUnitCount).toBe(2);
    const compressor = row(result, 'compressor');
    expect(compressor.method).toBe('heuristic');
    expect(compressor.endogenousKW).toBeCloseTo(29.25, 10);
    expect(sourceKW(result, 'compressor', 'boiler')).toBeCloseTo(10.75, 10);
    const boiler = row(result, 'boiler');
    expect(boiler.endogenousKW).toBeCloseTo(47.2, 10);
    expect(boiler.mexogenousKW).toBeCloseTo(11.8, 10);
    expect(boiler.warnings.join()).toMatch(/no source/);
    expect(result.warnings.join()).toMatch(/no supply link/);
  });

  it('flags linked units ENGINEERING and unlinked ones HEURISTIC in one plant', () => {
    const result = analysed([
      unit({ id: 'boiler', type: 'boiler', fuel: 100, product: 40 }),
      unit({ id: 'turbine', type: 'steam_turbine', fuel: 40, product: 30, supplierId: 'boiler' }),
      unit({ id: 'pump', type: 'pump', fuel: 20, product: 10 }),
    ]);
    expect(Object.fromEntries(result.units.map((u) => [u.equipmentId, u.method]))).toEqual({
      boiler: 'engineering',
      turbine: 'engineering',
      pump: 'heuristic',
    });
    expect([result.engineeringUnitCount, result.heuristicUnitCount]).toEqual([2, 1]);
  });
});

describe('degenerate plants', () => {
  it('is null when no unit destroys exergy', () => {
    expect(analyseAdvancedExergy([])).toBeNull();
    expect(
      analyseAdvancedExergy([
        unit({ id: 'A', type: 'boiler', fuel: 100, product: 90, loss: 10 }),
        unit({ id: 'B', type: 'pump', fuel: 0, product: 0, supplierId: 'A' }),
      ]),
    ).toBeNull();
  });

  it('is finite for a single-unit plant, its EN + EX = E_D', () => {
    // One unlinked boiler: φ0 = 0.80 with no other unit to deviate, EX has no source.
    const result = analysed([unit({ id: 'A', type: 'boiler', fuel: 100, product: 40, avoidable: 0 })]);
    const a = row(result, 'A');
    expect(a).toMatchObject({ method: 'heuristic', rank: 1, endogenousKW: expect.closeTo(48, 10) });
    expect(a.endogenousKW + a.exogenousKW).toBeCloseTo(60, 10);
    expect(result.interactionNetwork.edges).toEqual([]);
    expect(result.mostInfluential).toBeNull();
  });

  it('is finite and non-null on the demo plant (real engines), boiler and turbine by the engineering method', () => {
    const { equipment } = analysedDemoPlant();
    const result = analysed(equipment);
    const methods = new Map(result.units.map((u) => [u.type, u.method]));
    expect(methods.get('boiler')).toBe('engineering');
    expect(methods.get('steam_turbine')).toBe('engineering');
    expect(methods.get('pump')).toBe('heuristic');
  });
});

/** Random balanced units, each linked to the one before it (a chain) or to a random earlier one or none (a forest). */
function plants(shape: 'chain' | 'tree') {
  const spec = fc.record({
    fuel: fc.double({ min: 0, max: 1000, noNaN: true }),
    productShare: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    lossShare: fc.double({ min: 0, max: 1, noNaN: true }),
    avoidableShare: fc.double({ min: 0, max: 1, noNaN: true }),
    type: fc.constantFrom(...EQUIPMENT_TYPE_KEYS),
    linked: fc.boolean(),
    supplierPick: fc.double({ min: 0, max: 0.999, noNaN: true }),
  });
  return fc.array(spec, { minLength: 1, maxLength: 8 }).map((specs) =>
    specs.map((s, i) => {
      const product = s.fuel * s.productShare;
      const loss = (s.fuel - product) * s.lossShare;
      const supplier = i === 0 ? null : shape === 'chain' ? i - 1 : s.linked ? Math.floor(s.supplierPick * i) : null;
      return unit({
        id: `u${i}`,
        type: s.type,
        fuel: s.fuel,
        product,
        loss,
        avoidable: Math.max(0, s.fuel - product - loss) * s.avoidableShare,
        supplierId: supplier === null ? null : `u${supplier}`,
      });
    }),
  );
}

const chains = plants('chain');
const trees = plants('tree');

function checkConsistent(units: FactoryEquipmentInput[]) {
  const result = analyseAdvancedExergy(units);
  const destroying = units.filter((u) => u.result.exergyDestroyedKW > 0);
  if (destroying.length === 0) return expect(result).toBeNull();
  expect(nonFinitePaths(result)).toEqual([]);
  const linked = new Set(units.flatMap((u) => (u.supplierId ? [u.id, u.supplierId] : [])));
  expect(result!.units).toHaveLength(destroying.length);
  for (const u of result!.units) {
    const tolerance = 1e-9 * Math.max(1, u.exergyDestroyedKW);
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tolerance);
    near(u.endogenousKW + u.exogenousKW, u.exergyDestroyedKW);
    near(
      u.avoidableEndogenousKW + u.avoidableExogenousKW + u.unavoidableEndogenousKW + u.unavoidableExogenousKW,
      u.exergyDestroyedKW,
    );
    near(u.exogenousSources.reduce((s, x) => s + x.exergyDestroyedKW, 0) + u.mexogenousKW, u.exogenousKW);
    for (const part of [
      u.endogenousKW,
      u.exogenousKW,
      u.mexogenousKW,
      u.avoidableEndogenousKW,
      u.unavoidableExogenousKW,
    ])
      expect(part).toBeGreaterThanOrEqual(-tolerance);
    expect(u.method).toBe(linked.has(u.equipmentId) ? 'engineering' : 'heuristic');
  }
  const t = result!.totals;
  expect(Math.abs(t.endogenousKW + t.exogenousKW - t.exergyDestroyedKW)).toBeLessThanOrEqual(
    1e-9 * t.exergyDestroyedKW + 1e-9,
  );
  expect(result!.units.map((u) => u.avoidableEndogenousKW)).toEqual(
    [...result!.units.map((u) => u.avoidableEndogenousKW)].sort((a, b) => b - a),
  );
  expect(result!.interactionNetwork.edges.every((e) => e.exergyDestroyedKW >= 1)).toBe(true);
}

describe('properties', () => {
  it('reconciles every unit on random chains', () => {
    fc.assert(fc.property(chains, checkConsistent), { numRuns: 200, seed: 15 });
  });

  it('reconciles every unit on random trees (and unlinked units)', () => {
    fc.assert(fc.property(trees, checkConsistent), { numRuns: 200, seed: 151 });
  });
});
