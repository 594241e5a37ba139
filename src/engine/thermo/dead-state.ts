/**
 * The dead state (environment) every exergy is measured against.
 *
 * DESIGN §4: one dead state per project, so all equipment of a plant is
 * analysed against the same environment and totals add up.
 */
export interface DeadState {
  /** Dead-state temperature T0, K. */
  temperatureK: number;
  /** Dead-state pressure P0, kPa. */
  pressureKPa: number;
}

export const DEFAULT_DEAD_STATE_TEMPERATURE_C = 25;
export const DEFAULT_DEAD_STATE_PRESSURE_KPA = 101.325;
export const CELSIUS_TO_KELVIN = 273.15;

/** Builds a dead state from °C and kPa (defaults 25 °C, 101.325 kPa). */
export function makeDeadState(
  temperatureC: number = DEFAULT_DEAD_STATE_TEMPERATURE_C,
  pressureKPa: number = DEFAULT_DEAD_STATE_PRESSURE_KPA,
): DeadState {
  return { temperatureK: temperatureC + CELSIUS_TO_KELVIN, pressureKPa };
}

export const DEFAULT_DEAD_STATE: DeadState = makeDeadState();
