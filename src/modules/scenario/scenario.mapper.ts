import type { Loaders } from '../../graphql/loaders';
import { makeDeadState } from '../../engine/thermo/dead-state';
import type { RunUnitSnapshot } from '../analysis/factory-analysis.view';
import { FACTORY_ANALYSIS_SHAPE } from '../analysis/stored-results';
import { withRunDocument } from '../analysis/factory-analysis.mapper';
import { defineStoredShape } from '../shared/stored';
import type { ScenarioAnalysisView } from './scenario-analysis.view';
import type { ScenarioComparisonDocument } from './scenario-comparison';
import type { StoredScenarioChange } from './scenario-change';
import type { ScenarioRun } from './scenario-run.entity';
import type { ScenarioChange } from './scenario.types';
import { ScenarioAction } from './scenario-action.enum';

/** A scenario run's comparison (new at schema 5; later versions add their upgrades here). */
const COMPARISON_SHAPE = defineStoredShape<{ comparison: ScenarioComparisonDocument }>('scenario_run', ['comparison']);

/** The API view of a stored scenario run; its unit results load (batched) when a client asks for them. */
export function toScenarioAnalysisView(
  run: ScenarioRun,
  loaders: Pick<Loaders, 'scenarioById' | 'scenarioRunUnits'>,
  units?: RunUnitSnapshot[],
): ScenarioAnalysisView {
  const document = FACTORY_ANALYSIS_SHAPE.read(run);
  const scenarioId = run.scenario.id;
  return {
    id: run.id,
    scenarioId,
    sequence: run.sequence,
    analyzedAt: run.analyzedAt,
    comparison: COMPARISON_SHAPE.read(run).comparison,
    analysis: withRunDocument(
      {
        id: run.id,
        projectId: run.projectId,
        sequence: run.sequence,
        analyzedAt: run.analyzedAt,
        basis: {
          kind: 'derived',
          baseFingerprint: run.baseFingerprint,
          definitionUnchanged: async () =>
            (await loaders.scenarioById.load(scenarioId))?.version === run.scenarioVersion,
        },
        settings: {
          operatingHours: run.operatingHours,
          energyPriceEurPerKWh: run.energyPriceEurPerKWh,
          deadState: makeDeadState(run.ambientTemperatureC, run.ambientPressureKPa),
        },
        legacy: false,
        inlineUnits: () => (units ? Promise.resolve(units) : loaders.scenarioRunUnits.load(run.id)),
      },
      document,
    ),
  };
}

export function toScenarioChange(change: StoredScenarioChange): ScenarioChange {
  const base = { action: ScenarioAction[change.action], investmentEur: change.investmentEur };
  switch (change.action) {
    case 'UPDATE_EQUIPMENT': {
      const removed = Object.fromEntries(change.removedKeys.map((key) => [key, null]));
      return {
        ...base,
        equipmentId: change.equipmentId,
        parameters: { ...change.parameters, ...removed },
        equipment: null,
      };
    }
    case 'REMOVE_EQUIPMENT':
      return { ...base, equipmentId: change.equipmentId, parameters: null, equipment: null };
    case 'ADD_EQUIPMENT':
      return { ...base, equipmentId: null, parameters: null, equipment: change.equipment };
  }
}
