/**
 * The computing half of analyzeProject, free of the database and of the
 * request: every unit, the factory and the gap analysis from plain data, with
 * each unit's result already serialised for storage. It runs inline or in a
 * worker thread (analysis-pool.ts), so its input and outcome are plain,
 * structured-clonable data and it never throws across that boundary.
 */
import {
  analyseEquipment,
  EquipmentValidationError,
  type AnalysisContext,
  type AnyEquipmentResult,
  type EquipmentTypeKey,
} from '../../engine/equipment';
import { analyseFactory, FactoryInputError, type FactoryResult, type FactoryTotals } from '../../engine/factory';
import {
  analyseGap,
  resolvedProcessParameters,
  type GapAnalysisResult,
  type ProcessTypeKey,
} from '../../engine/process';
import { makeDeadState } from '../../engine/thermo/dead-state';
import { toInputIssues } from '../shared/engine-issues';
import type { InputIssue } from '../shared/errors';
import { nonFinitePaths } from '../shared/finite';
import type { JsonText } from '../shared/stored';

export interface PlantUnit {
  id: string;
  name: string;
  type: EquipmentTypeKey;
  subtype: string;
  parameters: Record<string, number | string | boolean>;
  supplierId: string | null;
}

export interface PlantInput {
  units: PlantUnit[];
  ambientTemperatureC: number;
  ambientPressureKPa: number;
  operatingHours: number;
  energyPriceEurPerKWh: number;
  gridEmissionFactorKgPerKWh: number;
  carbonPriceEurPerTonne: number;
  process: {
    type: ProcessTypeKey;
    label: string | null;
    subcategory: string;
    parameters: Record<string, number>;
  } | null;
}

/** What a stored unit row needs of a result: its headline figures and its JSON. */
export interface UnitOutcome {
  exergyFuelKW: number;
  exergyProductKW: number;
  exergyLossKW: number;
  exergyDestroyedKW: number;
  exergeticEfficiencyPct: number | null;
  annualLossEur: number;
  resultJson: JsonText;
  /** What the JSON holds, where the analysis ran on this thread (a worker sends only the JSON). */
  result?: AnyEquipmentResult;
}

/**
 * The plant's own figures as the run stores them: its totals (whose headline figures become columns) and the
 * rest of its document already serialised, so the thread storing the run neither builds nor encodes it.
 */
export interface PlantFigures {
  totals: FactoryTotals;
  hotspotsJson: JsonText;
  integrationOpportunitiesJson: JsonText;
  /** null without a process to compare with */
  gapAnalysisJson: JsonText | null;
  /** What the texts hold, where the analysis ran on this thread (a worker sends only the texts). */
  values?: Pick<FactoryResult, 'hotspots' | 'integrationOpportunities'> & { gapAnalysis: GapAnalysisResult | null };
}

/** The plant's figures; its units' results travel once, as `units` (a worker sends them across in chunks). */
export type PlantOutcome =
  | { ok: true; units: UnitOutcome[]; factory: PlantFigures }
  | { ok: false; kind: 'INVALID_INPUT'; issues: InputIssue[] }
  | { ok: false; kind: 'ANALYSIS_FAILED'; message: string };

type Failure = Extract<PlantOutcome, { ok: false }>;
const failed = (message: string): Failure => ({ ok: false, kind: 'ANALYSIS_FAILED', message });
const nonFinite = (what: string, paths: string[]) =>
  failed(`${what} produced non-finite numbers at ${paths.slice(0, 5).join(', ')}`);

/** One unit through its engine: its result, or why it has none (input issues or an engine failure). */
export function analyseUnit(
  unit: Pick<PlantUnit, 'name' | 'type' | 'subtype' | 'parameters'>,
  context: AnalysisContext,
  /** false where the caller checks the results afterwards (a plant checks its factory result, units included) */
  checkFinite = true,
): { ok: true; result: AnyEquipmentResult } | Failure {
  let result: AnyEquipmentResult;
  try {
    result = analyseEquipment(unit.type, { subtype: unit.subtype, parameters: unit.parameters, context });
  } catch (error) {
    if (error instanceof EquipmentValidationError) {
      return { ok: false, kind: 'INVALID_INPUT', issues: toInputIssues(error.issues, `equipment(${unit.name})`) };
    }
    return failed(`Analysis of "${unit.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const bad = checkFinite ? nonFinitePaths(result) : [];
  if (bad.length) return nonFinite(`Analysis of "${unit.name}"`, bad);
  return { ok: true, result };
}

export function analysePlant(input: PlantInput): PlantOutcome {
  const deadState = makeDeadState(input.ambientTemperatureC, input.ambientPressureKPa);
  const carbon = {
    gridEmissionFactorKgPerKWh: input.gridEmissionFactorKgPerKWh,
    carbonPriceEurPerTonne: input.carbonPriceEurPerTonne,
  };
  const context = {
    deadState,
    operatingHoursPerYear: input.operatingHours,
    energyPriceEurPerKWh: input.energyPriceEurPerKWh,
    carbon,
  };
  const equipment = [];
  for (const unit of input.units) {
    const analysed = analyseUnit(unit, context, false);
    if (!analysed.ok) return analysed;
    equipment.push({ ...unit, result: analysed.result });
  }
  const factoryInput = {
    equipment,
    operatingHoursPerYear: input.operatingHours,
    energyPriceEurPerKWh: input.energyPriceEurPerKWh,
    deadState,
    carbon,
  };
  let factory: FactoryResult;
  try {
    factory = analyseFactory(factoryInput);
  } catch (error) {
    if (error instanceof FactoryInputError) return failed(`Factory analysis failed: ${error.message}`);
    throw error;
  }
  const process = input.process;
  const gap = process
    ? analyseGap({
        processType: process.type,
        processLabel: process.label,
        subcategory: process.subcategory,
        parameters: resolvedProcessParameters(process.type, process.subcategory, process.parameters),
        actualExergyKW: factory.totals.exergyFuelKW,
        equipment: equipment.map((e) => ({
          equipmentId: e.id,
          name: e.name,
          type: e.type,
          exergyDestroyedKW: e.result.exergyDestroyedKW,
        })),
        operatingHoursPerYear: input.operatingHours,
        energyPriceEurPerKWh: input.energyPriceEurPerKWh,
        deadState,
      })
    : null;
  // one walk over everything stored (the units' results are in factory.units); a unit's own numbers name the unit
  const bad = nonFinitePaths({ factory, gap });
  if (bad.length) {
    const unit = equipment.find((e) => nonFinitePaths(e.result).length > 0);
    return unit
      ? nonFinite(`Analysis of "${unit.name}"`, nonFinitePaths(unit.result))
      : nonFinite('Factory analysis', bad);
  }
  return {
    ok: true,
    factory: {
      totals: factory.totals,
      hotspotsJson: JSON.stringify(factory.hotspots),
      integrationOpportunitiesJson: JSON.stringify(factory.integrationOpportunities),
      gapAnalysisJson: gap ? JSON.stringify(gap) : null,
      values: {
        hotspots: factory.hotspots,
        integrationOpportunities: factory.integrationOpportunities,
        gapAnalysis: gap,
      },
    },
    // the factory's copies carry the CO₂ allocated over the supply links
    units: factory.units.map((result) => ({
      exergyFuelKW: result.exergyFuelKW,
      exergyProductKW: result.exergyProductKW,
      exergyLossKW: result.exergyLossKW,
      exergyDestroyedKW: result.exergyDestroyedKW,
      exergeticEfficiencyPct: result.exergeticEfficiencyPct,
      annualLossEur: result.annualLossEur,
      resultJson: JSON.stringify(result),
      result: result as AnyEquipmentResult, // the unit's own result with its CO₂ account allocated
    })),
  };
}
