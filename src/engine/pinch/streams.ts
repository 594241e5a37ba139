/** Validated inputs → streams with kind, CP, duty and shifted temperatures. */
import type { HeatStreamInput, PinchStream } from './types';

export function toPinchStream(input: HeatStreamInput, deltaTMinK: number): PinchStream {
  const span = Math.abs(input.supplyTemperatureC - input.targetTemperatureC);
  const kind = input.supplyTemperatureC > input.targetTemperatureC ? 'HOT' : 'COLD';
  const cp = input.heatCapacityFlowKWPerK ?? input.dutyKW! / span;
  const duty = input.dutyKW ?? cp * span;
  // Shifting hot streams down and cold streams up by half ΔT_min lets one temperature scale hold both:
  // streams overlapping on it can exchange heat with at least ΔT_min between them.
  const shift = kind === 'HOT' ? -deltaTMinK / 2 : deltaTMinK / 2;
  return {
    name: input.name.trim(),
    kind,
    supplyTemperatureC: input.supplyTemperatureC,
    targetTemperatureC: input.targetTemperatureC,
    heatCapacityFlowKWPerK: cp,
    dutyKW: duty,
    shiftedSupplyTemperatureC: input.supplyTemperatureC + shift,
    shiftedTargetTemperatureC: input.targetTemperatureC + shift,
  };
}

/** Lower and upper shifted temperature of a stream, °C. */
export function shiftedRange(stream: PinchStream): [number, number] {
  const a = stream.shiftedSupplyTemperatureC;
  const b = stream.shiftedTargetTemperatureC;
  return a < b ? [a, b] : [b, a];
}

/** Σ duty of the streams of one kind, kW. */
export function totalDutyKW(streams: PinchStream[], kind: PinchStream['kind']): number {
  return streams.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.dutyKW, 0);
}

/** Rounding allowance for heat balances of these streams: a billionth of the largest total, kW. */
export function heatToleranceKW(streams: PinchStream[]): number {
  return 1e-9 * Math.max(1, totalDutyKW(streams, 'HOT'), totalDutyKW(streams, 'COLD'));
}
