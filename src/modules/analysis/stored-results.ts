/**
 * The stored shapes of analysis results (see shared/stored.ts) and their
 * upgrades. Version history:
 *   1  first release: run snapshot items carry `analyzedAt` (always the run's) and no type/subtype.
 *   2  run snapshot items carry name, type and subtype of the unit (what a run needs to read as it
 *      was, even once the unit is gone) and no per-item timestamp (the run's `analyzedAt` is it).
 *   3  a run's unit results are its own analysis_result rows (immutable, headline figures as
 *      columns) and its Sankey diagrams are derived from them on read: runs no longer carry the
 *      snapshot and the Sankey JSON, which stay readable on runs of versions 1–2 (LEGACY_RUN_SHAPE).
 *   4  the gap analysis has a `status` (ok / incomplete / inconsistent) and `grade` is null unless
 *      ok: earlier runs graded a plant whose input was below the process minimum (ESI clamped to 1) "A".
 *   5  CO₂ accounting: results carry `carbon`, recommendations and integration opportunities
 *      `co2AvoidedTonnesPerYear`, totals `carbon`. Older rows read them as null (their CO₂ settings
 *      were never recorded, so nothing is made up). A fired boiler's thermal efficiency is on HHV
 *      (it was on LHV, above 100 % for condensing units): older rows keep theirs as usefulHeatPerLhvInput.
 *      Results carry `heatStreams`, the unit's process heat loads for the plant pinch; older rows read []
 *      (their streams were never recorded), so their run's FactoryAnalysis.pinch is null.
 */
import type { AnyEquipmentResult as EquipmentResult, EquipmentTypeKey } from '../../engine/equipment';
import type { FactoryTotals, Hotspot, IntegrationOpportunity, Sankey, SankeyMode } from '../../engine/factory';
import { gapStatusOf, verdictOf, type GapAnalysisResult } from '../../engine/process';
import { defineStoredShape, storedFromJson, type StoredRow } from '../shared/stored';
import type { PlantFigures } from './plant-analysis';

/** One unit's result as a factory run of schema ≤ 2 saw it. */
export interface EquipmentSnapshot {
  /** Id of the AnalysisResult row written by the same run. */
  analysisId: string;
  equipmentId: string;
  name: string;
  type: EquipmentTypeKey;
  subtype: string;
  result: EquipmentResult;
}

/** What a factory run stores as JSON besides its headline columns. */
export interface FactoryAnalysisDocument {
  totals: FactoryTotals;
  hotspots: Hotspot[];
  integrationOpportunities: IntegrationOpportunity[];
  gapAnalysis: GapAnalysisResult | null;
}

/** The parts only runs of schema ≤ 2 store. */
export interface LegacyRunDocument {
  legacySankey: Record<SankeyMode, Sankey>;
  legacyEquipmentResults: EquipmentSnapshot[];
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

/** The first version whose runs reference their unit rows instead of copying them. */
export const RUN_ROWS_VERSION = 3;

type Json = Record<string, unknown>;

/**
 * A result of schema 4 as schema 5 reads it: no CO₂ account, no CO₂ avoided, no heat streams; a fired boiler's
 * thermal efficiency was on LHV, so it moves to usefulHeatPerLhvInput and the HHV-based figures, never recorded, read
 * null.
 */
function resultOfSchema4(result: Json): Json {
  const recommendations = (result.recommendations as Json[]).map((r) => ({ ...r, co2AvoidedTonnesPerYear: null }));
  const upgraded: Json = { ...result, carbon: null, recommendations, heatStreams: [] };
  const metrics = result.metrics as Json;
  if (metrics.type === 'boiler') {
    const fired = metrics.steamToFuelRatio !== null;
    const perLhv = metrics.thermalEfficiencyPct as number | null;
    upgraded.metrics = {
      ...metrics,
      usefulHeatPerLhvInput: fired && perLhv !== null ? perLhv / 100 : null,
      thermalEfficiencyPct: fired ? null : perLhv,
    };
    if (fired) upgraded.energyEfficiencyPct = null;
  }
  return upgraded;
}

export const EQUIPMENT_RESULT_SHAPE = defineStoredShape<EquipmentResultDocument>('analysis_result', ['result'], {
  4: (v4) => ({ ...v4, result: resultOfSchema4(v4.result as Json) }),
});

export const FACTORY_ANALYSIS_SHAPE = defineStoredShape<FactoryAnalysisDocument>(
  'factory_analysis',
  ['totals', 'hotspots', 'integrationOpportunities', 'gapAnalysis'],
  {
    3: (v3) => {
      const gap = v3.gapAnalysis as Omit<GapAnalysisResult, 'status'> | null;
      if (!gap) return v3;
      // The stored numbers decide, as the engine now does at analysis time.
      const status = gapStatusOf(gap.actualExergyKW, gap.minimumExergyKW);
      return { ...v3, gapAnalysis: { ...gap, status, ...verdictOf(status, gap.exergeticSustainabilityIndex) } };
    },
    4: (v4) => ({
      ...v4,
      totals: { ...(v4.totals as Json), carbon: null },
      integrationOpportunities: (v4.integrationOpportunities as Json[]).map((o) => ({
        ...o,
        co2AvoidedTonnesPerYear: null,
      })),
    }),
  },
);

export const LEGACY_RUN_SHAPE = defineStoredShape<LegacyRunDocument>(
  'factory_analysis (schema ≤ 2)',
  ['legacySankey', 'legacyEquipmentResults'],
  {
    1: (v1) => ({
      ...v1,
      legacyEquipmentResults: (v1.legacyEquipmentResults as SnapshotV1[]).map(
        ({ analysisId, equipmentId, name, result }) => ({
          analysisId,
          equipmentId,
          name,
          type: result.type,
          subtype: result.subtype,
          result,
        }),
      ),
    }),
    4: (v4) => ({
      ...v4,
      legacyEquipmentResults: (v4.legacyEquipmentResults as Json[]).map((item) => ({
        ...item,
        result: resultOfSchema4(item.result as Json),
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

/** The columns of a run's document from a plant analysis's figures (serialised already, off the event loop). */
export function runDocumentColumns(figures: PlantFigures): ReturnType<typeof FACTORY_ANALYSIS_SHAPE.store> {
  const { totals, hotspotsJson, integrationOpportunitiesJson, gapAnalysisJson, values } = figures;
  // totals (and a missing gap analysis) are stored as values; the rest as the texts the analysis wrote
  const document = { totals, hotspots: [], integrationOpportunities: [], gapAnalysis: null };
  return {
    ...FACTORY_ANALYSIS_SHAPE.store(document),
    hotspots: storedFromJson(hotspotsJson, values?.hotspots),
    integrationOpportunities: storedFromJson(integrationOpportunitiesJson, values?.integrationOpportunities),
    ...(gapAnalysisJson !== null && { gapAnalysis: storedFromJson(gapAnalysisJson, values?.gapAnalysis) }),
  };
}
