/**
 * The stored shape of a scenario run's unit results (shared/stored.ts; new at
 * schema 5, so no upgrades yet: later versions add theirs here, and the
 * equipment results inside are upgraded like every stored result) and their
 * read, by run id, with one plain statement.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { asJson, placeholders, rawRows } from '../../db/raw-read';
import type { RunUnitSnapshot } from '../analysis/factory-analysis.view';
import { storedJson } from '../analysis/run-store';
import { EQUIPMENT_RESULT_SHAPE } from '../analysis/stored-results';
import type { AccessScope } from '../project/project-access';
import { isUuid } from '../shared/ids';

export async function loadScenarioRunUnits(
  em: SqlEntityManager,
  runIds: readonly string[],
  scope: AccessScope,
): Promise<Map<string, RunUnitSnapshot[]>> {
  const wanted = [...new Set(runIds.filter(isUuid))];
  const runs = new Map<string, RunUnitSnapshot[]>();
  if (wanted.length === 0) return runs;
  const rows = await rawRows<{ id: string; units: unknown; schema_version: number }>(
    em.getKnex(),
    `select id, units, schema_version from scenario_run where id in (${placeholders(wanted.length)}) and ${scope.sql}`,
    [...wanted, ...scope.params],
  );
  for (const row of rows) {
    const units = asJson(row.units) as RunUnitSnapshot[];
    runs.set(
      row.id,
      units.map((unit) => ({
        ...unit,
        result: EQUIPMENT_RESULT_SHAPE.read({
          schemaVersion: row.schema_version,
          result: storedJson<RunUnitSnapshot['result']>(unit.result),
        }).result,
      })),
    );
  }
  return runs;
}
