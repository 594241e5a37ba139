import { Arg, Query, Resolver } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { EquipmentInput } from '../equipment/equipment.inputs';
import { EquipmentType } from '../equipment/equipment-type.enum';
import { AnalysisSettingsInput } from '../project/project.inputs';
import { AnalysisPreview, EquipmentComparison } from './preview.types';
import { compareEquipment, previewEquipment } from './preview.service';

const SETTINGS = {
  nullable: true,
  description:
    'Dead state, hours, prices and CO₂ factors to analyse with; omitted fields take the design defaults (25 °C, 101.325 kPa, 6000 h/yr, 0.08 EUR/kWh, 0.4 kg CO₂/kWh, 0 EUR/t).',
} as const;

/** Stateless single-unit analyses (signed-in callers only, like every computation: see auth-gate.ts). */
@Resolver()
export class PreviewResolver {
  @Query(() => AnalysisPreview, {
    description:
      'Analyses one unit without storing anything: the same validation (codes and paths under `input`) and the same figures as addEquipment followed by analyzeEquipment in a project with these settings. A preview has no plant: suppliedById is refused.',
  })
  previewEquipmentAnalysis(
    @Arg('input', () => EquipmentInput, { description: 'The unit as addEquipment takes it, without suppliedById.' })
    input: EquipmentInput,
    @Arg('settings', () => AnalysisSettingsInput, SETTINGS) settings?: AnalysisSettingsInput | null,
  ): AnalysisPreview {
    return previewEquipment(input, settings);
  }

  @Query(() => EquipmentComparison, {
    description:
      'What-if of one unit: analyses two parameter sets of the same type and subtype (nothing stored) and compares them metric by metric, with savings and CO₂ avoided (the original’s /api/compare, corrected per F-4). Parameter problems carry the paths baseline.<key> and scenario.<key>.',
  })
  compareEquipment(
    @Arg('type', () => EquipmentType, { description: 'Equipment type of both sides.' }) type: EquipmentType,
    @Arg('subtype', () => String, {
      nullable: true,
      description: 'Subtype key of both sides; the type default when omitted.',
    })
    subtype: string | null | undefined,
    @Arg('baseline', () => GraphQLJSON, { description: 'Catalog parameters as they are (snake_case keys).' })
    baseline: unknown,
    @Arg('scenario', () => GraphQLJSON, { description: 'Catalog parameters after the change (snake_case keys).' })
    scenario: unknown,
    @Arg('settings', () => AnalysisSettingsInput, SETTINGS) settings?: AnalysisSettingsInput | null,
  ): EquipmentComparison {
    return compareEquipment({ type, subtype, baseline, scenario, settings });
  }
}
