/** A water/steam state of the IF97 core. */
export type Region = 1 | 2 | 3 | 4 | 5;

export interface WaterState {
  region: Region;
  pressureMPa: number;
  temperatureK: number;
  specificVolumeM3PerKg: number;
  densityKgPerM3: number;
  enthalpyKJPerKg: number;
  entropyKJPerKgK: number;
  internalEnergyKJPerKg: number;
  /** null in the two-phase region. */
  cpKJPerKgK: number | null;
  cvKJPerKgK: number | null;
  speedOfSoundMPerS: number | null;
  /** Vapour mass fraction 0..1 in the two-phase region (region 4); null for a single phase. */
  quality: number | null;
}

/** A single-phase state from its properties (density and quality derived). */
export function singlePhaseState(
  region: Exclude<Region, 4>,
  pressureMPa: number,
  temperatureK: number,
  p: { v: number; h: number; s: number; u: number; cp: number; cv: number; w: number },
): WaterState {
  return {
    region,
    pressureMPa,
    temperatureK,
    specificVolumeM3PerKg: p.v,
    densityKgPerM3: 1 / p.v,
    enthalpyKJPerKg: p.h,
    entropyKJPerKgK: p.s,
    internalEnergyKJPerKg: p.u,
    cpKJPerKgK: p.cp,
    cvKJPerKgK: p.cv,
    speedOfSoundMPerS: p.w,
    quality: null,
  };
}
