/**
 * Builds an equipment module from its declaration. The module owns what every
 * engine used to repeat: resolving the parameters (subtype defaults, then
 * definition defaults) and looking up the subtype's data, so an engine's
 * `analyse` receives both ready and is only physics.
 */
import type { AnalysisContext, EquipmentInput, EquipmentModule, EquipmentResult, EquipmentTypeKey } from '../types';
import { ThermoRangeError } from '../../thermo/errors';
import { checkByAnalysing, thermoRangeIssue } from './consistency';
import { ResolvedParameters } from './parameters';

/** What an engine's analysis receives. */
export interface AnalyseArgs<D> {
  params: ResolvedParameters;
  /** The subtype's row of the module's `subtypeData`. */
  data: D;
  subtype: string;
  context: AnalysisContext;
}

/** A module as declared: its catalog (as published), its subtypes' data and its physics. */
export type EquipmentModuleDefinition<M extends { type: EquipmentTypeKey }, D> = Omit<
  EquipmentModule<M>,
  'checkConsistency' | 'analyse'
> & {
  /** Per-subtype constants (benchmarks, cost correlations, best-practice references), keyed by subtype key. */
  subtypeData: Record<string, D>;
  analyse(args: AnalyseArgs<D>): EquipmentResult<M>;
};

/** The module a registry holds; its consistency check is its own analysis (physics in one place). */
export function defineEquipmentModule<M extends { type: EquipmentTypeKey }, D>(
  definition: EquipmentModuleDefinition<M, D>,
): EquipmentModule<M> {
  const { subtypeData, analyse: analyseResolved, ...catalog } = definition;
  const analyse = (input: EquipmentInput): EquipmentResult<M> => {
    try {
      return analyseResolved({
        params: new ResolvedParameters(catalog, input.subtype, input.parameters),
        data: subtypeData[input.subtype],
        subtype: input.subtype,
        context: input.context,
      });
    } catch (error) {
      // A state outside the property formulation (IF97, psychrometrics) is an input problem: the analysis refuses
      // it as INCONSISTENT, the same issue the consistency check reports, never as another exception.
      if (error instanceof ThermoRangeError) throw thermoRangeIssue(error);
      throw error;
    }
  };
  return { ...catalog, checkConsistency: (input) => checkByAnalysing(analyse, input), analyse };
}
