/**
 * Reads of stored analysis detail that skip entity hydration: the detail JSON
 * of unit results and the legacy parts of old runs are fetched by id with one
 * plain statement per batch, parsed once and upgraded to the current shape.
 * Nothing read here is tracked for changes (these rows are immutable).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AnyEquipmentResult } from '../../engine/equipment';
import type { FactoryEquipmentInput } from '../../engine/factory';
import { makeDeadState, type DeadState } from '../../engine/thermo/dead-state';
import { LIVE_EQUIPMENT } from '../equipment/equipment.entity';
import { isUuid } from '../shared/ids';
import { asJson, placeholders, rawRows } from '../../db/raw-read';
import type { Stored } from '../shared/stored';
import type { AccessScope, ProjectAccess } from '../project/project-access';
import { AnalysisResult as ResultRow, type AnalysisResult } from './analysis-result.entity';
import type { FactoryAnalysis } from './factory-analysis.entity';
import {
  EQUIPMENT_RESULT_SHAPE,
  LEGACY_RUN_SHAPE,
  RUN_ROWS_VERSION,
  type EquipmentSnapshot,
  type LegacyRunDocument,
} from './stored-results';

/** A JSON column read as it is stored (its shape's read upgrades it). */
export const storedJson = <T>(value: unknown) => asJson(value) as Stored<T>;

/** The detail (full engine result) of unit results by id. */
export async function loadResultDetails(
  em: SqlEntityManager,
  ids: readonly string[],
  /** Which rows the caller may see (ProjectAccess, over analysis_result's columns). */
  scope: AccessScope,
): Promise<Map<string, AnyEquipmentResult>> {
  const wanted = [...new Set(ids.filter(isUuid))];
  const details = new Map<string, AnyEquipmentResult>();
  if (wanted.length === 0) return details;
  const rows = await rawRows<{ id: string; result: unknown; schema_version: number }>(
    em.getKnex(),
    `select id, result, schema_version from analysis_result where id in (${placeholders(wanted.length)}) and ${scope.sql}`,
    [...wanted, ...scope.params],
  );
  for (const row of rows) {
    const document = { schemaVersion: row.schema_version, result: storedJson<AnyEquipmentResult>(row.result) };
    details.set(row.id, EQUIPMENT_RESULT_SHAPE.read(document).result);
  }
  return details;
}

/** The Sankey and snapshot of runs written before schema 3, by run id (runs from since are absent). */
export async function loadLegacyRuns(
  em: SqlEntityManager,
  runIds: readonly string[],
  /** Which runs the caller may see (ProjectAccess, over factory_analysis's project_id). */
  scope: AccessScope,
): Promise<Map<string, LegacyRunDocument>> {
  const wanted = [...new Set(runIds.filter(isUuid))];
  const runs = new Map<string, LegacyRunDocument>();
  if (wanted.length === 0) return runs;
  const rows = await rawRows<{ id: string; sankey: unknown; equipment_results: unknown; schema_version: number }>(
    em.getKnex(),
    `select id, sankey, equipment_results, schema_version from factory_analysis
      where schema_version < ? and id in (${placeholders(wanted.length)}) and ${scope.sql}`,
    [RUN_ROWS_VERSION, ...wanted, ...scope.params],
  );
  for (const row of rows) {
    runs.set(
      row.id,
      LEGACY_RUN_SHAPE.read({
        schemaVersion: row.schema_version,
        legacySankey: storedJson(row.sankey),
        legacyEquipmentResults: storedJson<EquipmentSnapshot[]>(row.equipment_results),
      }),
    );
  }
  return runs;
}

export function isLegacyRun(run: Pick<FactoryAnalysis, 'schemaVersion'>): boolean {
  return run.schemaVersion < RUN_ROWS_VERSION;
}

/** A run's units as the factory engine takes them, from its rows and their details. */
export function runUnitsOf(rows: AnalysisResult[], details: Map<string, AnyEquipmentResult>): FactoryEquipmentInput[] {
  return rows.map((row) => {
    const result = details.get(row.id);
    if (!result) throw new Error(`analysis result ${row.id} has no stored detail`);
    return {
      id: row.equipment.id,
      name: row.equipmentName,
      type: row.equipmentType,
      subtype: row.equipmentSubtype,
      result,
      supplierId: row.suppliedById,
    };
  });
}

/** The dead state a run of schema ≥ 3 used. */
export function deadStateOf(run: FactoryAnalysis): DeadState {
  return makeDeadState(run.ambientTemperatureC ?? undefined, run.ambientPressureKPa ?? undefined);
}

/** Every unit of one run with its full result, whatever the run's schema version (for services). */
export async function loadRunUnits(
  em: SqlEntityManager,
  run: FactoryAnalysis,
  access: ProjectAccess,
): Promise<FactoryEquipmentInput[]> {
  if (isLegacyRun(run)) {
    const legacy = (await loadLegacyRuns(em, [run.id], access.visibleRows('factory_analysis'))).get(run.id);
    return (legacy?.legacyEquipmentResults ?? []).map((s) => ({
      id: s.equipmentId,
      name: s.name,
      type: s.type,
      subtype: s.subtype,
      result: s.result,
      supplierId: null,
    }));
  }
  const rows = await em.find(
    ResultRow,
    { run: run.id },
    { orderBy: { position: 'asc' }, filters: { [LIVE_EQUIPMENT]: false } },
  );
  return runUnitsOf(
    rows,
    await loadResultDetails(
      em,
      rows.map((row) => row.id),
      access.visibleRows('analysis_result'),
    ),
  );
}
