import type { FactoryEquipmentInput } from '../../engine/factory';
import type { GraphQLContext } from '../../graphql/context';
import type { FactoryAnalysisView } from './factory-analysis.view';
import { runUnitsOf } from './run-store';

/**
 * A run's units as the factory engine takes them: a scenario run's own document, or a project run's rows and their
 * details (schema ≥ 3; a legacy run's units are in its legacy JSON, which its callers read themselves).
 */
export async function runUnits(view: FactoryAnalysisView, ctx: GraphQLContext): Promise<FactoryEquipmentInput[]> {
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
  const rows = await ctx.loaders.resultsByRun.load(view.id);
  const details = await Promise.all(rows.map((row) => ctx.loaders.resultDetail.load(row.id)));
  return runUnitsOf(rows, new Map(rows.map((row, i) => [row.id, details[i]])));
}
