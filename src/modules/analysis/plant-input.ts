import type { Equipment } from '../equipment/equipment.entity';
import type { AnalysisSettings } from '../project/analysis-context';
import type { Project } from '../project/project.entity';
import type { PlantInput, PlantUnit } from './plant-analysis';

/** A live unit as the plant analysis takes it. */
export function plantUnitOf(e: Equipment): PlantUnit {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    subtype: e.subtype,
    parameters: e.parameters as PlantUnit['parameters'],
    supplierId: e.suppliedBy?.id ?? null,
  };
}

/** What analysing `units` of the project under `settings` takes (the project's process definition with them). */
export function plantInputOf(project: Project, units: PlantUnit[], settings: AnalysisSettings): PlantInput {
  return {
    units,
    ...settings,
    process: project.processType
      ? {
          type: project.processType,
          label: project.processLabel,
          subcategory: project.processSubcategory ?? 'general',
          parameters: (project.processParameters ?? {}) as Record<string, number>,
        }
      : null,
  };
}
