import type { FactoryEquipmentInput } from '../../engine/factory';
import type { Loaders } from '../../graphql/loaders';
import type { FactoryAnalysisView } from './factory-analysis.view';
import { runUnitsOf } from './run-store';

/**
 * A run's units as the factory engine takes them: the analysis_result rows and details of a project run of schema
 * ≥ 3 (batched by the loaders), the snapshot of an older run, or the units a scenario run holds in its own document. What every derived field of
 * a run (Sankey, pinch, advanced analyses) is computed from.
 */
export async function runUnits(
  view: Pick<FactoryAnalysisView, 'id' | 'inlineUnits' | 'legacy'>,
  loaders: Pick<Loaders, 'resultsByRun' | 'resultDetail' | 'legacyRun'>,
): Promise<FactoryEquipmentInput[]> {
  if (view.legacy) {
    // runs of schema ≤ 2 kept a snapshot of their units, without the supply links
    const legacy = await loaders.legacyRun.load(view.id);
    return (legacy?.legacyEquipmentResults ?? []).map(({ equipmentId, name, type, subtype, result }) => ({
      id: equipmentId,
      name,
      type,
      subtype,
      result,
      supplierId: null,
    }));
  }
  if (view.inlineUnits) {
    return (await view.inlineUnits()).map(({ equipmentId, name, type, subtype, result, supplierId }) => ({
      id: equipmentId,
      name,
      type,
      subtype,
      result,
      supplierId,
    }));
  }
  const rows = await loaders.resultsByRun.load(view.id);
  const details = await Promise.all(rows.map((row) => loaders.resultDetail.load(row.id)));
  return runUnitsOf(rows, new Map(rows.map((row, i) => [row.id, details[i]])));
}
