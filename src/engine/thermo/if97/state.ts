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
