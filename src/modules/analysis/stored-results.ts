/**
 * The stored shapes of analysis results (see shared/stored.ts) and their
 * upgrades. Version history:
 *   1  first release: run snapshot items carry `analyzedAt` (always the run's) and no type/subtype.
 *   2  run snapshot items carry name, type and subtype of the unit (what a run needs to read as it
 *      was, even once the unit is gone) and no per-item timestamp (the run's `analyzedAt` is it).
 */
import type { AnyEquipmentResult as EquipmentResult, EquipmentTypeKey } from '../../engine/equipment';
import type { FactoryTotals, Hotspot, IntegrationOpportunity, Sankey, SankeyMode } from '../../engine/factory';
import type { GapAnalysisResult } from '../../engine/process';
import { defineStoredShape, type StoredRow } from '../shared/stored';

/** One unit's result as a factory run saw it. */
export interface EquipmentSnapshot {
  /** Id of the AnalysisResult row written by the same run. */
  analysisId: string;
  equipmentId: string;
  name: string;
  type: EquipmentTypeKey;
  subtype: string;
  result: EquipmentResult;
}

/** Everything a factory run stores besides its keys and fingerprint. */
export interface FactoryAnalysisDocument {
  totals: FactoryTotals;
  hotspots: Hotspot[];
  integrationOpportunities: IntegrationOpportunity[];
  sankey: Record<SankeyMode, Sankey>;
  gapAnalysis: GapAnalysisResult | null;
  equipmentResults: EquipmentSnapshot[];
}

export interface EquipmentResultDocument {
  result: EquipmentResult;
}

interface SnapshotV1 {
  analysisId: string;
  equipmentId: string;
  name: string;
  analyzedAt: string;
  result: EquipmentResult;
}

export const EQUIPMENT_RESULT_SHAPE = defineStoredShape<EquipmentResultDocument>('analysis_result', ['result']);

export const FACTORY_ANALYSIS_SHAPE = defineStoredShape<FactoryAnalysisDocument>(
  'factory_analysis',
  ['totals', 'hotspots', 'integrationOpportunities', 'sankey', 'gapAnalysis', 'equipmentResults'],
  {
    1: (v1) => ({
      ...v1,
      equipmentResults: (v1.equipmentResults as SnapshotV1[]).map(({ analysisId, equipmentId, name, result }) => ({
        analysisId,
        equipmentId,
        name,
        type: result.type,
        subtype: result.subtype,
        result,
      })),
    }),
  },
);

const factoryReads = new WeakMap<object, FactoryAnalysisDocument>();

/** A factory run's document at the current version (read once per loaded row). */
export function readFactoryAnalysis(row: StoredRow<FactoryAnalysisDocument>): FactoryAnalysisDocument {
  let document = factoryReads.get(row);
  if (!document) {
    document = FACTORY_ANALYSIS_SHAPE.read(row);
    factoryReads.set(row, document);
  }
  return document;
}

/** An equipment analysis row's result at the current version. */
export function readEquipmentResult(row: StoredRow<EquipmentResultDocument>): EquipmentResult {
  return EQUIPMENT_RESULT_SHAPE.read(row).result;
}
