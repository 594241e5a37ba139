/**
 * The analysis pool computes large plants in worker threads with exactly the
 * inline result, small ones inline, queues beyond its size and fails cleanly.
 * (The compiled worker comes from `tsc` in `npm test`.)
 */
import { AnalysisPool, INLINE_BELOW_UNITS } from '../../src/modules/analysis/analysis-pool';
import { analysePlant, type PlantInput, type PlantOutcome } from '../../src/modules/analysis/plant-analysis';
import { parseJsonText, type JsonText } from '../../src/modules/shared/stored';

const UNITS = [
  {
    type: 'compressor',
    subtype: 'screw',
    parameters: { power_kW: 37, flow_rate_m3_min: 6.2, outlet_pressure_bar: 7.5 },
  },
  { type: 'pump', subtype: 'centrifugal', parameters: { motor_power_kW: 15, flow_rate_m3_h: 50, total_head_m: 40 } },
] as const;

function plant(count: number): PlantInput {
  return {
    units: Array.from({ length: count }, (_, i) => {
      const unit = UNITS[i % UNITS.length];
      return {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        name: `unit ${i}`,
        type: unit.type,
        subtype: unit.subtype,
        // Each unit a little different, so a mix-up between units would show.
        parameters: Object.fromEntries(Object.entries(unit.parameters).map(([k, v]) => [k, v * (1 + i / 1000)])),
        supplierId: null,
      };
    }),
    ambientTemperatureC: 25,
    ambientPressureKPa: 101.325,
    operatingHours: 6000,
    energyPriceEurPerKWh: 0.08,
    gridEmissionFactorKgPerKWh: 0.4,
    carbonPriceEurPerTonne: 0,
    process: null,
  };
}

let pool: AnalysisPool;
beforeAll(() => {
  pool = new AnalysisPool(2);
});
afterAll(() => pool.close());

/** The inline outcome without the values its texts hold (kept for answering on this thread; a worker sends only texts). */
function inlineTexts(input: PlantInput): PlantOutcome {
  const outcome = analysePlant(input);
  if (!outcome.ok) return outcome;
  const { values, ...texts } = outcome.factory;
  // the values are what the texts say
  expect(JSON.parse(texts.hotspotsJson as string)).toEqual(values!.hotspots);
  expect(texts.gapAnalysisJson === null ? null : JSON.parse(texts.gapAnalysisJson as string)).toEqual(
    values!.gapAnalysis,
  );
  // so are the units' results, which a worker does not send either
  outcome.units.forEach((unit) => expect(JSON.parse(unit.resultJson as string)).toEqual(unit.result));
  return { ...outcome, units: outcome.units.map(({ result: _, ...unit }) => unit), factory: texts };
}

/** An outcome with every JSON text as a string (a worker hands them over as UTF-8 bytes). */
function withTexts(outcome: PlantOutcome): PlantOutcome {
  if (!outcome.ok) return outcome;
  const text = (json: JsonText) => (typeof json === 'string' ? json : new TextDecoder().decode(json));
  const { factory } = outcome;
  return {
    ...outcome,
    units: outcome.units.map((unit) => ({ ...unit, resultJson: text(unit.resultJson) })),
    factory: {
      ...factory,
      hotspotsJson: text(factory.hotspotsJson),
      integrationOpportunitiesJson: text(factory.integrationOpportunitiesJson),
      gapAnalysisJson: factory.gapAnalysisJson === null ? null : text(factory.gapAnalysisJson),
    },
  };
}

it('a plant above the inline threshold comes back from a worker equal to the inline analysis', async () => {
  const input = plant(INLINE_BELOW_UNITS + 20);
  const viaWorker = await pool.run(input);
  expect(pool.threads).toBe(1); // it really ran in a thread
  expect(withTexts(viaWorker)).toEqual(inlineTexts(input));
  expect(viaWorker.ok && viaWorker.units).toHaveLength(INLINE_BELOW_UNITS + 20);
  // The pump's hydraulic power of the second unit, ρgQH = 1000·9.80665·(50.05/3600)·40.04 / 1000 kW.
  const second = viaWorker.ok ? (parseJsonText(viaWorker.units[1].resultJson) as { exergyProductKW: number }) : null;
  expect(second?.exergyProductKW).toBeCloseTo((1000 * 9.80665 * (50.05 / 3600) * 40.04) / 1000, 9);
  // Every result crosses the thread boundary once, as the UTF-8 bytes of its JSON (not as a string or an object
  // tree), and the plant's figures carry only its totals as objects.
  if (!viaWorker.ok) throw new Error('the analysis failed');
  expect(viaWorker.units.every((unit) => unit.resultJson instanceof Uint8Array && !('result' in unit))).toBe(true);
  expect(Object.keys(viaWorker.factory).sort()).toEqual([
    'gapAnalysisJson',
    'hotspotsJson',
    'integrationOpportunitiesJson',
    'totals',
  ]);
  expect(viaWorker.factory.hotspotsJson).toBeInstanceOf(Uint8Array);
  expect(viaWorker.factory.gapAnalysisJson).toBeNull(); // no process, no gap analysis
});

it('a gap analysis and texts outside ASCII survive the trip as bytes', async () => {
  const input = plant(INLINE_BELOW_UNITS + 3);
  input.units[4].name = 'Kompresör ışığı №4 — 壓縮機';
  input.process = {
    type: 'steam_generation',
    label: 'Buhar üretimi',
    subcategory: 'industrial_low',
    parameters: { steam_flow_kg_h: 5000, steam_pressure_bar: 10, feedwater_temp_C: 80 },
  };
  const viaWorker = await pool.run(input);
  expect(withTexts(viaWorker)).toEqual(inlineTexts(input));
  if (!viaWorker.ok || viaWorker.factory.gapAnalysisJson === null) throw new Error('no gap analysis');
  const gap = parseJsonText(viaWorker.factory.gapAnalysisJson) as { processLabel: string };
  expect(gap.processLabel).toBe('Buhar üretimi');
  const hotspots = parseJsonText(viaWorker.factory.hotspotsJson) as { name: string }[];
  expect(hotspots.map((h) => h.name)).toContain('Kompresör ışığı №4 — 壓縮機');
});

it('runs more plants than workers (queued) and answers each with its own result', async () => {
  const inputs = [130, 150, 170, 190].map(plant);
  const outcomes = await Promise.all(inputs.map((input) => pool.run(input)));
  expect(outcomes.map((o) => (o.ok ? o.units.length : -1))).toEqual([130, 150, 170, 190]);
  expect(pool.queued).toBe(0);
  expect(pool.threads).toBe(2);
});

it('reports an invalid unit as input issues with its path, from a worker as inline', async () => {
  const input = plant(INLINE_BELOW_UNITS + 1);
  input.units[7].parameters = { ...input.units[7].parameters, power_kW: 0.5 };
  const outcome = await pool.run(input);
  expect(outcome).toEqual(analysePlant(input));
  expect(outcome).toMatchObject({ ok: false, kind: 'INVALID_INPUT' });
  const issues = !outcome.ok && outcome.kind === 'INVALID_INPUT' ? outcome.issues : [];
  expect(issues[0].path).toMatch(/^equipment\(unit 7\)\.parameters\./);
});

it('a closed pool still answers, inline', async () => {
  const closed = new AnalysisPool(1);
  await closed.close();
  const input = plant(INLINE_BELOW_UNITS + 5);
  expect(await closed.run(input)).toEqual(analysePlant(input));
});
