/**
 * Builders of a unit's process heat streams (EquipmentResult.heatStreams) for the plant pinch. Every duty is a heat
 * load from the unit's energy balance, kW thermal. A stream with no heat, or a sensible one whose temperature would
 * not change (or change the wrong way), is left out rather than declared: the pinch refuses such streams, and they
 * carry nothing to exchange.
 */
import type { HeatRecoveryStream, ProcessHeatStream } from '../types';

type Medium = HeatRecoveryStream['medium'];

interface StreamSpec {
  key: string;
  label: string;
  dutyKW: number;
  medium: Medium;
  /** See ProcessHeatStream.isUnitHeatSource. */
  isUnitHeatSource?: boolean;
}

const usable = (dutyKW: number) => Number.isFinite(dutyKW) && dutyKW > 0;

/** A stream cooled (hot) or heated (cold) from supply to target: [] unless it has heat and moves the right way. */
export function sensibleStream(
  spec: StreamSpec & { kind: 'hot' | 'cold'; supplyTemperatureC: number; targetTemperatureC: number },
): ProcessHeatStream[] {
  const { kind, supplyTemperatureC: supply, targetTemperatureC: target } = spec;
  const direction = kind === 'hot' ? supply > target : target > supply;
  if (!usable(spec.dutyKW) || !direction) return [];
  return [
    {
      key: spec.key,
      label: spec.label,
      kind,
      phase: 'sensible',
      supplyTemperatureC: supply,
      targetTemperatureC: target,
      dutyKW: spec.dutyKW,
      medium: spec.medium,
      isUnitHeatSource: spec.isUnitHeatSource ?? false,
    },
  ];
}

/** Heat given (condensation: hot) or taken (evaporation: cold) at one temperature: [] without heat. */
export function latentStream(spec: StreamSpec & { kind: 'hot' | 'cold'; temperatureC: number }): ProcessHeatStream[] {
  if (!usable(spec.dutyKW) || !Number.isFinite(spec.temperatureC)) return [];
  return [
    {
      key: spec.key,
      label: spec.label,
      kind: spec.kind,
      phase: 'latent',
      supplyTemperatureC: spec.temperatureC,
      targetTemperatureC: spec.temperatureC,
      dutyKW: spec.dutyKW,
      medium: spec.medium,
      isUnitHeatSource: spec.isUnitHeatSource ?? false,
    },
  ];
}
