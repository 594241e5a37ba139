/**
 * The plant's pinch: the process heat streams its units declare (heat loads, kW), the pinch targets of those
 * streams, and the comparison with the utility the plant uses now.
 *
 * Which streams take part:
 * - every declared stream of at least `minimumStreamDutyKW`;
 * - not those of a unit supplied by another unit of the plant that carry the supplied heat (its cold streams and a
 *   heat exchanger's hot side): the supplier's own streams already stand for that heat (a boiler's feedwater,
 *   evaporation and superheat), and counting it again would double the demand;
 * - not steam condensing in a heat exchanger with no supplier: bought steam is the hot utility itself, not a process
 *   stream (its cold side stays, as hot-utility demand).
 *
 * Current utility (what is assumed): each cold stream is heated by hot utility, except where a unit already heats it
 * from a process stream of its own (a heat exchanger's hot side, a waste-heat boiler's gas): that exchange, the
 * smaller of the two duties, is heat the plant already recovers. Each hot stream is cooled by cold utility, except
 * the same recovered heat. So current hot utility = Σ cold duty − recovered, current cold = Σ hot duty − recovered,
 * and the pinch balance gives equal hot and cold savings. Savings are 0, not negative, where the plant's exchangers
 * already recover more than ΔT_min allows (they run closer than ΔT_min).
 *
 * Annual savings: the hot-utility saving is shared among the units whose cold streams take hot utility now, in
 * proportion to it, over each unit's hours and at each unit's energy price (per kWh of its fuel or heat: a fired
 * boiler's fuel saving, heat / efficiency, is larger, so EUR/yr errs low). Cold-utility savings are not priced.
 */
import { analysePinch, PINCH_LIMITS, type HeatStreamInput, type PinchAnalysis } from '../pinch';
import type { ProcessHeatStream } from '../equipment/types';
import type { FactoryEquipmentInput } from './types';

/** Streams below this duty are left out (the original's filter): too small to pay for an exchanger, kW. */
export const PLANT_PINCH_MINIMUM_DUTY_KW = 5;

/**
 * Temperature span given to heat at one temperature, K. The pinch engine needs supply ≠ target; 0.1 K keeps the
 * stream at its temperature for any practical ΔT_min, and the span is laid on the safe side (a hot stream from T down
 * to T − 0.1, a cold one from T up to T + 0.1), so the targets are never better than an isothermal stream's.
 */
export const LATENT_SPAN_K = 0.1;

export type PlantStreamExclusion =
  'BELOW_MINIMUM_DUTY' | 'SUPPLIED_BY_PLANT_UNIT' | 'BOUGHT_STEAM' | 'BEYOND_STREAM_LIMIT';

/** A unit's declared stream as the plant pinch used it. */
export interface PlantHeatStream extends ProcessHeatStream {
  /** `<unit>: <stream label>`, the name the targets, curves and network use. */
  name: string;
  equipmentId: string;
  equipmentName: string;
  /** Why the stream is not in the analysis; null when it is. */
  exclusion: PlantStreamExclusion | null;
}

export interface PlantUtilityComparison {
  streams: PlantHeatStream[];
  minimumStreamDutyKW: number;
  /** Heat the plant's units already pass from their own process streams to their cold streams, kW. */
  heatRecoveredNowKW: number;
  currentHotUtilityKW: number;
  currentColdUtilityKW: number;
  /** Current − minimum hot utility (≥ 0), kW. */
  hotUtilitySavingsKW: number;
  coldUtilitySavingsKW: number;
  /** 100·savings / current hot utility; null when the plant uses none. */
  hotUtilitySavingsPct: number | null;
  annualSavingsKWh: number;
  annualSavingsEur: number;
}

export interface PlantPinch extends PinchAnalysis {
  plant: PlantUtilityComparison;
}

export interface PlantPinchInput {
  units: FactoryEquipmentInput[];
  deltaTMinK: number;
  minimumStreamDutyKW?: number;
}

function exclusionOf(
  unit: FactoryEquipmentInput,
  stream: ProcessHeatStream,
  minimumKW: number,
): PlantStreamExclusion | null {
  const carriesSupply = stream.kind === 'cold' || stream.isUnitHeatSource;
  if (unit.supplierId !== null && carriesSupply) return 'SUPPLIED_BY_PLANT_UNIT';
  const boughtSteam = unit.result.heatStreams.some((s) => s.isUnitHeatSource && s.medium === 'steam');
  if (stream.isUnitHeatSource && boughtSteam) return 'BOUGHT_STEAM';
  return stream.dutyKW < minimumKW ? 'BELOW_MINIMUM_DUTY' : null;
}

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

function plantStreams(units: FactoryEquipmentInput[], minimumKW: number): PlantHeatStream[] {
  const declared = units.flatMap((unit) =>
    unit.result.heatStreams.map((stream) => ({
      ...stream,
      name: `${unit.name}: ${stream.label}`,
      equipmentId: unit.id,
      equipmentName: unit.name,
      exclusion: exclusionOf(unit, stream, minimumKW),
    })),
  );
  const names = uniqueNames(declared.map((s) => s.name));
  const streams = declared.map((s, i) => ({ ...s, name: names[i] }));
  // The pinch engine takes at most PINCH_LIMITS.streams.max streams: the largest are kept.
  const included = streams.filter((s) => s.exclusion === null).sort((a, b) => b.dutyKW - a.dutyKW);
  for (const s of included.slice(PINCH_LIMITS.streams.max)) s.exclusion = 'BEYOND_STREAM_LIMIT';
  return streams;
}

function toPinchInput(s: PlantHeatStream): HeatStreamInput {
  const span = s.kind === 'hot' ? -LATENT_SPAN_K : LATENT_SPAN_K;
  const target = s.phase === 'latent' ? s.supplyTemperatureC + span : s.targetTemperatureC;
  return { name: s.name, supplyTemperatureC: s.supplyTemperatureC, targetTemperatureC: target, dutyKW: s.dutyKW };
}

const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);

/** Per unit: Σ included cold duty, and the part of it its own process heat source already covers, kW. */
function unitUse(unit: FactoryEquipmentInput, included: PlantHeatStream[]) {
  const own = included.filter((s) => s.equipmentId === unit.id);
  const coldKW = sum(own.filter((s) => s.kind === 'cold').map((s) => s.dutyKW));
  const sourceKW = sum(own.filter((s) => s.isUnitHeatSource).map((s) => s.dutyKW));
  const recoveredKW = Math.min(coldKW, sourceKW);
  return { unit, recoveredKW, hotUtilityKW: coldKW - recoveredKW };
}

/** The plant's pinch; null when its units declare no hot or no cold stream the analysis can use. */
export function analysePlantPinch(input: PlantPinchInput): PlantPinch | null {
  const minimumStreamDutyKW = input.minimumStreamDutyKW ?? PLANT_PINCH_MINIMUM_DUTY_KW;
  const streams = plantStreams(input.units, minimumStreamDutyKW);
  const included = streams.filter((s) => s.exclusion === null);
  if (!included.some((s) => s.kind === 'hot') || !included.some((s) => s.kind === 'cold')) return null;
  const targets = analysePinch({ streams: included.map(toPinchInput), deltaTMinK: input.deltaTMinK });
  const uses = input.units.map((unit) => unitUse(unit, included));
  const heatRecoveredNowKW = sum(uses.map((u) => u.recoveredKW));
  const currentHotUtilityKW = targets.totalColdDutyKW - heatRecoveredNowKW;
  const currentColdUtilityKW = targets.totalHotDutyKW - heatRecoveredNowKW;
  const hotUtilitySavingsKW = Math.max(0, currentHotUtilityKW - targets.minimumHotUtilityKW);
  const coldUtilitySavingsKW = Math.max(0, currentColdUtilityKW - targets.minimumColdUtilityKW);
  const shareOf = (u: (typeof uses)[number]) => (currentHotUtilityKW > 0 ? u.hotUtilityKW / currentHotUtilityKW : 0);
  const annualKWh = uses.map((u) => shareOf(u) * hotUtilitySavingsKW * u.unit.result.operatingHoursPerYear);
  return {
    ...targets,
    plant: {
      streams,
      minimumStreamDutyKW,
      heatRecoveredNowKW,
      currentHotUtilityKW,
      currentColdUtilityKW,
      hotUtilitySavingsKW,
      coldUtilitySavingsKW,
      hotUtilitySavingsPct: currentHotUtilityKW > 0 ? (100 * hotUtilitySavingsKW) / currentHotUtilityKW : null,
      annualSavingsKWh: sum(annualKWh),
      annualSavingsEur: sum(annualKWh.map((kWh, i) => kWh * uses[i].unit.result.energyPriceEurPerKWh)),
    },
  };
}
