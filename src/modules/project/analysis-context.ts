import type { AnalysisContext } from '../../engine/equipment/types';
import { makeDeadState } from '../../engine/thermo/dead-state';
import type { Project } from './project.entity';

/** The engine's view of a project's settings: its dead state, hours, price and CO₂ settings. */
export function analysisContextOf(project: Project): AnalysisContext {
  return {
    deadState: makeDeadState(project.ambientTemperatureC, project.ambientPressureKPa),
    operatingHoursPerYear: project.operatingHours,
    energyPriceEurPerKWh: project.energyPriceEurPerKWh,
    carbon: {
      gridEmissionFactorKgPerKWh: project.gridEmissionFactorKgPerKWh,
      carbonPriceEurPerTonne: project.carbonPriceEurPerTonne,
    },
  };
}
