/** Checks a pinch input and reports every problem at once, each with its path and accepted range. */
import type { HeatStreamInput, PinchInput, PinchIssue } from './types';

/** Accepted ranges; each refusal names its range. */
export const PINCH_LIMITS = {
  /** Enough for a large site; the problem table grows with twice the stream count. */
  streams: { min: 2, max: 200 },
  /** Absolute zero up to furnace temperatures, °C. */
  temperatureC: { min: -273.15, max: 2000 },
  /** kW/K; must be above 0. */
  heatCapacityFlowKWPerK: { min: 0, max: 1e9 },
  /** kW; must be above 0. */
  dutyKW: { min: 0, max: 1e9 },
  /** K; must be above 0. */
  deltaTMinK: { min: 0, max: 100 },
  nameLength: { min: 1, max: 255 },
} as const;

export class PinchInputError extends Error {
  constructor(readonly issues: PinchIssue[]) {
    super(`invalid pinch input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'PinchInputError';
  }
}

type Range = { min: number; max: number };

/** A finite number within `range`; `exclusiveMin` for quantities that must be strictly positive. */
function checkNumber(path: string, value: number, range: Range, unit: string, exclusiveMin = false): PinchIssue[] {
  const base = { path, code: 'OUT_OF_RANGE' as const, min: range.min, max: range.max };
  if (typeof value !== 'number' || !Number.isFinite(value))
    return [{ ...base, message: `must be a finite number (${unit})` }];
  const low = exclusiveMin ? value <= range.min : value < range.min;
  if (low || value > range.max) {
    const lower = exclusiveMin ? `above ${range.min}` : `at least ${range.min}`;
    return [{ ...base, message: `must be ${lower} and at most ${range.max} ${unit} (got ${value})` }];
  }
  return [];
}

const given = (value: number | null | undefined): value is number => value !== null && value !== undefined;

function streamIssues(stream: HeatStreamInput, at: string): PinchIssue[] {
  const issues: PinchIssue[] = [];
  const name = typeof stream.name === 'string' ? stream.name.trim() : '';
  if (name.length < PINCH_LIMITS.nameLength.min)
    issues.push({ path: `${at}.name`, code: 'REQUIRED', message: 'must not be empty', ...PINCH_LIMITS.nameLength });
  const supply = checkNumber(`${at}.supplyTemperatureC`, stream.supplyTemperatureC, PINCH_LIMITS.temperatureC, '°C');
  const target = checkNumber(`${at}.targetTemperatureC`, stream.targetTemperatureC, PINCH_LIMITS.temperatureC, '°C');
  issues.push(...supply, ...target);
  if (supply.length === 0 && target.length === 0 && stream.supplyTemperatureC === stream.targetTemperatureC)
    issues.push({
      path: `${at}.targetTemperatureC`,
      code: 'INCONSISTENT',
      message:
        'must differ from supplyTemperatureC: a stream that changes no temperature exchanges no sensible heat (enter latent heat as a narrow range, e.g. 1 K)',
    });
  const cp = stream.heatCapacityFlowKWPerK;
  const duty = stream.dutyKW;
  if (given(cp) && given(duty))
    issues.push({
      path: `${at}.dutyKW`,
      code: 'INCONSISTENT',
      message: 'give either heatCapacityFlowKWPerK or dutyKW, not both',
    });
  else if (given(cp))
    issues.push(...checkNumber(`${at}.heatCapacityFlowKWPerK`, cp, PINCH_LIMITS.heatCapacityFlowKWPerK, 'kW/K', true));
  else if (given(duty)) issues.push(...checkNumber(`${at}.dutyKW`, duty, PINCH_LIMITS.dutyKW, 'kW', true));
  else
    issues.push({
      path: `${at}.heatCapacityFlowKWPerK`,
      code: 'REQUIRED',
      message: 'give heatCapacityFlowKWPerK (kW/K) or dutyKW (kW)',
    });
  return issues;
}

/** The problem with a ΔT_min, if any (path `deltaTMinK`, with its range). */
export function deltaTMinIssues(deltaTMinK: number): PinchIssue[] {
  return checkNumber('deltaTMinK', deltaTMinK, PINCH_LIMITS.deltaTMinK, 'K', true);
}

/** Every problem of the input; empty when it can be analysed. */
export function validatePinchInput(input: PinchInput): PinchIssue[] {
  const issues = deltaTMinIssues(input.deltaTMinK);
  const { streams } = input;
  if (streams.length > PINCH_LIMITS.streams.max)
    return [
      ...issues,
      {
        path: 'streams',
        code: 'OUT_OF_RANGE',
        message: `at most ${PINCH_LIMITS.streams.max} streams (got ${streams.length})`,
        ...PINCH_LIMITS.streams,
      },
    ];
  const firstByName = new Map<string, number>();
  streams.forEach((stream, index) => {
    const at = `streams[${index}]`;
    issues.push(...streamIssues(stream, at));
    const name = typeof stream.name === 'string' ? stream.name.trim() : '';
    const first = firstByName.get(name);
    if (name && first !== undefined)
      issues.push({
        path: `${at}.name`,
        code: 'INCONSISTENT',
        message: `duplicate of streams[${first}].name "${name}": matches name their streams`,
      });
    else if (name) firstByName.set(name, index);
  });
  const kinds = streams.filter((s) => Number.isFinite(s.supplyTemperatureC) && Number.isFinite(s.targetTemperatureC));
  const hot = kinds.some((s) => s.supplyTemperatureC > s.targetTemperatureC);
  const cold = kinds.some((s) => s.supplyTemperatureC < s.targetTemperatureC);
  const missing = [hot ? null : 'hot (supply above target)', cold ? null : 'cold (supply below target)'].filter(
    (kind) => kind !== null,
  );
  if (missing.length)
    issues.push({
      path: 'streams',
      code: 'INCONSISTENT',
      message: `needs at least one ${missing.join(' and one ')} stream: pinch analysis matches hot against cold streams`,
    });
  return issues;
}
