import { createHash } from 'node:crypto';
import type { Equipment } from '../equipment/equipment.entity';
import type { Project } from '../project/project.entity';

/**
 * A digest of everything a factory analysis reads: project settings, process
 * definition, and each equipment's id and version. A stored FactoryAnalysis
 * whose fingerprint differs from the project's current one is stale.
 */
export function inputsFingerprint(project: Project, equipment: Pick<Equipment, 'id' | 'version'>[]): string {
  const parts = [
    project.settingsVersion,
    project.processType,
    project.processSubcategory,
    JSON.stringify(project.processParameters),
    // Code-unit order, which for ids (lowercase UUIDs) is the order localeCompare gave the stored fingerprints,
    // without ICU collation (14 ms against 1 ms for 5,000 ids, in one turn of the event loop).
    ...[...equipment].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => `${e.id}:${e.version}`),
  ];
  return createHash('sha256').update(parts.join('|')).digest('hex');
}
