import type { AnalysisContext } from '../../engine/equipment/types';
import { makeDeadState } from '../../engine/thermo/dead-state';
import { PROJECT_DEFAULTS, type Project } from './project.entity';
import type { AnalysisSettingsInput } from './project.inputs';

/** The settings an analysis reads (a project's columns, or a scenario's or a preview's overrides of them). */
export type AnalysisSettings = Pick<Project, keyof typeof PROJECT_DEFAULTS>;

const SETTING_KEYS = Object.keys(PROJECT_DEFAULTS) as (keyof AnalysisSettings)[];

/** `base` with every setting the input gives (null and absent keep the base value); the design defaults by default. */
export function settingsWith(
  overrides: AnalysisSettingsInput | null | undefined,
  base: AnalysisSettings = PROJECT_DEFAULTS,
): AnalysisSettings {
  const settings = { ...pickSettings(base) };
  for (const key of SETTING_KEYS) {
    const value = overrides?.[key];
    if (value != null) settings[key] = value;
  }
  return settings;
}

export function pickSettings(source: AnalysisSettings): AnalysisSettings {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, source[key]])) as AnalysisSettings;
}

/** The engine's view of a project's settings: its dead state, hours, price and CO₂ settings. */
export function analysisContextOf(settings: AnalysisSettings): AnalysisContext {
  return {
    deadState: makeDeadState(settings.ambientTemperatureC, settings.ambientPressureKPa),
    operatingHoursPerYear: settings.operatingHours,
    energyPriceEurPerKWh: settings.energyPriceEurPerKWh,
    carbon: {
      gridEmissionFactorKgPerKWh: settings.gridEmissionFactorKgPerKWh,
      carbonPriceEurPerTonne: settings.carbonPriceEurPerTonne,
    },
  };
}
