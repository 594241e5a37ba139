/**
 * Heat-integration opportunities: the 9 patterns of spec/factory.md §4, with
 * its fixes applied — recovery from the energy balance of each waste stream
 * (the units' HeatRecoveryStream, kW thermal, never an exergy figure priced as
 * heat), chiller condenser heat Q_e + W, and every pattern only where the
 * source is hotter than the sink by MIN_APPROACH_K.
 */
import { FUELS } from '../thermo/fuels';
import {
  EQUIPMENT_TYPE_KEYS,
  type CarbonSettings,
  type EquipmentTypeKey,
  type HeatRecoveryStream,
} from '../equipment/types';
import type { FactoryEquipmentInput, IntegrationOpportunity } from './types';

/** Minimum temperature difference between a waste stream and the sink it heats, K (typical for liquid/gas HX). */
export const MIN_APPROACH_K = 10;
/** Heat displaced from a boiler costs its fuel over the boiler efficiency (≈ 0.9). */
const BOILER_EFFICIENCY = 0.9;
/** Single-effect absorption chiller: COP ≈ 0.7, needs ≥ 90 °C driving heat; an electric chiller COP ≈ 4. */
const ABSORPTION_COP = 0.7;
const ELECTRIC_CHILLER_COP = 4;
/** Heating season hours for space heating. */
const HEATING_SEASON_H = 2000;

interface Pattern {
  key: string;
  title: string;
  titleTr: string;
  streams: string[];
  /** Target equipment type, or a generic sink label. */
  target: EquipmentTypeKey | { label: string };
  sinkTemperatureC: number;
  /** Share of the stream's heat captured. */
  capture: number;
  /** Produces cold through an absorption chiller instead of heat. */
  absorption?: boolean;
  hours?: number;
  investment: (source: FactoryEquipmentInput) => number;
  complexity: 'low' | 'medium' | 'high';
  minimumSavingsEur?: number;
  sourceFilter?: (source: FactoryEquipmentInput) => boolean;
}

/**
 * The patterns by the equipment type whose waste heat they use: a new type must say which it feeds (maybe none).
 * Patterns run in this order, but the result is sorted by payback, savings and pattern key, so the order does
 * not show.
 */
const PATTERNS_BY_SOURCE: Record<EquipmentTypeKey, Pattern[]> = {
  compressor: [
    {
      key: 'compressor_heat_to_boiler',
      title: 'Compressor heat to boiler feedwater',
      titleTr: 'Kompresör ısısı ile besi suyu ön ısıtma',
      streams: ['compression_heat'],
      target: 'boiler',
      sinkTemperatureC: 60,
      capture: 0.6,
      investment: () => 15000,
      complexity: 'medium',
    },
    {
      key: 'compressor_heat_to_space',
      title: 'Compressor heat to space heating',
      titleTr: 'Kompresör ısısı ile ortam ısıtma',
      streams: ['compression_heat'],
      target: { label: 'Space heating system' },
      sinkTemperatureC: 45,
      capture: 0.5,
      hours: HEATING_SEASON_H,
      investment: () => 8000,
      complexity: 'low',
    },
  ],
  boiler: [
    {
      key: 'flue_gas_to_absorption',
      title: 'Flue gas drives an absorption chiller',
      titleTr: 'Baca gazı ile absorpsiyonlu soğutma',
      streams: ['flue_gas'],
      target: 'chiller',
      sinkTemperatureC: 90,
      capture: 0.5,
      absorption: true,
      investment: () => 50000,
      complexity: 'high',
    },
    {
      key: 'boiler_flue_to_hx_economizer',
      title: 'Boiler flue gas to a process heat exchanger',
      titleTr: 'Kazan baca gazı ile proses eşanjörü',
      streams: ['flue_gas'],
      target: 'heat_exchanger',
      sinkTemperatureC: 60,
      capture: 0.45,
      investment: () => 18000,
      complexity: 'medium',
    },
  ],
  chiller: [
    {
      key: 'condenser_heat_to_hotwater',
      title: 'Chiller condenser heat to hot water',
      titleTr: 'Chiller kondenser ısısı ile sıcak su',
      streams: ['condenser_heat'],
      target: { label: 'Hot water system' },
      sinkTemperatureC: 25,
      capture: 0.3,
      investment: () => 12000,
      complexity: 'medium',
      minimumSavingsEur: 500,
    },
  ],
  // A pump rejects no usable heat; its measure is the VSD retrofit (pumpVsd below).
  pump: [],
  // A heat exchanger is a sink of the patterns, not a source.
  heat_exchanger: [],
  steam_turbine: [
    {
      key: 'turbine_exhaust_to_absorption',
      title: 'Turbine exhaust drives an absorption chiller',
      titleTr: 'Türbin egzozu ile absorpsiyonlu soğutma',
      streams: ['exhaust'],
      target: 'chiller',
      sinkTemperatureC: 90,
      capture: 0.4,
      absorption: true,
      investment: () => 60000,
      complexity: 'high',
    },
    {
      key: 'turbine_chp_heating',
      title: 'Turbine exhaust to plant heating (CHP)',
      titleTr: 'Türbin egzozu ile tesis ısıtması (kojenerasyon)',
      streams: ['exhaust'],
      target: { label: 'Plant heating system' },
      sinkTemperatureC: 70,
      capture: 0.5,
      investment: () => 40000,
      complexity: 'medium',
    },
  ],
  dryer: [
    {
      key: 'dryer_exhaust_to_hx',
      title: 'Dryer exhaust heat to process water',
      titleTr: 'Kurutucu egzoz ısısı ile proses suyu',
      streams: ['exhaust_air'],
      target: 'heat_exchanger',
      sinkTemperatureC: 40,
      capture: 0.5,
      investment: () => 12000,
      complexity: 'medium',
    },
  ],
};

function payback(investment: number, savings: number): number | null {
  return savings > 0 ? investment / savings : null;
}

/** What displacing energy avoids, kg CO₂ per kWh: grid electricity, or the fuel of the heat it replaces. */
interface DisplacedCarbon {
  electricityKgPerKWh: number;
  heatFuelKgPerKWh: number;
}

/**
 * Heat a recovery displaces would have come from the plant's largest fuel-fired boiler (its fossil CO₂ per kWh of
 * fuel; 0 for biomass), or from natural gas when the plant has none.
 */
function displacedCarbon(equipment: FactoryEquipmentInput[], settings: CarbonSettings): DisplacedCarbon {
  const fired = equipment
    .filter((e) => e.type === 'boiler' && e.result.carbon?.source === 'fuel' && e.result.carbon.fuel !== null)
    .sort((a, b) => (b.result.fuelEnergyKW ?? 0) - (a.result.fuelEnergyKW ?? 0) || a.id.localeCompare(b.id))[0];
  const fuel = FUELS[fired?.result.carbon?.fuel ?? 'natural_gas'];
  return {
    electricityKgPerKWh: settings.gridEmissionFactorKgPerKWh,
    heatFuelKgPerKWh: fuel.biogenic ? 0 : fuel.co2KgPerKWh,
  };
}

function opportunity(
  pattern: Pattern,
  source: FactoryEquipmentInput,
  stream: HeatRecoveryStream,
  target: FactoryEquipmentInput | null,
  price: number,
  displaced: DisplacedCarbon,
): IntegrationOpportunity | null {
  if (stream.temperatureC < pattern.sinkTemperatureC + MIN_APPROACH_K) return null;
  const heat = stream.heatKW * pattern.capture;
  if (!(heat > 0)) return null;
  const hours = pattern.hours ?? source.result.operatingHoursPerYear;
  const recoverable = pattern.absorption ? heat * ABSORPTION_COP : heat;
  const electricityPrice = target?.result.energyPriceEurPerKWh ?? price;
  // the energy bought today that the recovery replaces, kWh/yr: chiller electricity, or boiler fuel
  const displacedKWh = pattern.absorption
    ? (recoverable / ELECTRIC_CHILLER_COP) * hours
    : (recoverable / BOILER_EFFICIENCY) * hours;
  const savings = displacedKWh * (pattern.absorption ? electricityPrice : price);
  const co2KgPerKWh = pattern.absorption ? displaced.electricityKgPerKWh : displaced.heatFuelKgPerKWh;
  if (pattern.minimumSavingsEur !== undefined && savings <= pattern.minimumSavingsEur) return null;
  const investment = pattern.investment(source);
  const targetName = target ? target.name : (pattern.target as { label: string }).label;
  return {
    pattern: pattern.key,
    title: pattern.title,
    titleTr: pattern.titleTr,
    sourceId: source.id,
    source: source.name,
    targetId: target?.id ?? null,
    target: targetName,
    sourceTemperatureC: stream.temperatureC,
    sinkTemperatureC: pattern.sinkTemperatureC,
    recoverableKW: recoverable,
    savingsEurPerYear: savings,
    investmentEur: investment,
    paybackYears: payback(investment, savings),
    complexity: pattern.complexity,
    description: `${source.name} (${stream.label}, ${stream.temperatureC.toFixed(0)} °C) → ${targetName}: ${recoverable.toFixed(1)} kW ${pattern.absorption ? 'of cooling' : 'of heat'}.`,
    co2AvoidedTonnesPerYear: (displacedKWh * co2KgPerKWh) / 1000,
  };
}

/** Pattern 5: a VSD on every pump that throttles or bypasses. */
function pumpVsd(pump: FactoryEquipmentInput, displaced: DisplacedCarbon): IntegrationOpportunity | null {
  const potential = (pump.result.metrics as { vsdSavingsPotentialKW?: number }).vsdSavingsPotentialKW ?? 0;
  if (potential <= 1) return null;
  const savings = potential * pump.result.operatingHoursPerYear * pump.result.energyPriceEurPerKWh;
  const investment = 100 * pump.result.exergyFuelKW;
  return {
    pattern: 'pump_vsd_retrofit',
    title: 'Variable speed drive on the pump',
    titleTr: 'Pompaya değişken hızlı sürücü',
    sourceId: pump.id,
    source: pump.name,
    targetId: pump.id,
    target: pump.name,
    sourceTemperatureC: null,
    sinkTemperatureC: null,
    recoverableKW: potential,
    savingsEurPerYear: savings,
    investmentEur: investment,
    paybackYears: payback(investment, savings),
    complexity: 'low',
    description: `${pump.name}: a VSD saves about ${potential.toFixed(1)} kW of electricity.`,
    co2AvoidedTonnesPerYear: (potential * pump.result.operatingHoursPerYear * displaced.electricityKgPerKWh) / 1000,
  };
}

export function findIntegrationOpportunities(
  equipment: FactoryEquipmentInput[],
  energyPriceEurPerKWh: number,
  carbon: CarbonSettings,
): IntegrationOpportunity[] {
  const found: IntegrationOpportunity[] = [];
  const displaced = displacedCarbon(equipment, carbon);
  for (const sourceType of EQUIPMENT_TYPE_KEYS) {
    for (const pattern of PATTERNS_BY_SOURCE[sourceType]) {
      const target =
        typeof pattern.target === 'string' ? (equipment.find((e) => e.type === pattern.target) ?? null) : null;
      if (typeof pattern.target === 'string' && !target) continue;
      for (const source of equipment.filter((e) => e.type === sourceType)) {
        // A turbine already in CHP mode has its heat used (pattern 9 only for units without heat recovery).
        if (
          pattern.key === 'turbine_chp_heating' &&
          ((source.result.metrics as { heatRecoveredKW?: number }).heatRecoveredKW ?? 0) > 0
        )
          continue;
        for (const stream of source.result.heatRecovery.filter((s) => pattern.streams.includes(s.key))) {
          const item = opportunity(pattern, source, stream, target, energyPriceEurPerKWh, displaced);
          if (item) found.push(item);
        }
      }
    }
  }
  for (const pump of equipment.filter((e) => e.type === 'pump')) {
    const item = pumpVsd(pump, displaced);
    if (item) found.push(item);
  }
  return found.sort(
    (a, b) =>
      (a.paybackYears ?? Infinity) - (b.paybackYears ?? Infinity) ||
      b.savingsEurPerYear - a.savingsEurPerYear ||
      a.pattern.localeCompare(b.pattern),
  );
}
