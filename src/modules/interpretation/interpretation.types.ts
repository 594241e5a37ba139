/** GraphQL types of a stored interpretation (content shape: src/engine/interpret/types.ts). */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import type { InterpretationLanguage as EngineInterpretationLanguage } from '../../engine/interpret';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';
import { RecommendationPriority } from '../analysis/equipment-result.types';
import { IntegrationComplexity } from '../analysis/factory.types';
import { EquipmentType } from '../equipment/equipment-type.enum';
import { INTERPRETATION_PROVIDER_KEYS, type InterpretationProviderKey } from './providers/provider';
import type {
  ActionPlan as EngineActionPlan,
  HotspotFinding as EngineHotspotFinding,
  IntegrationFinding as EngineIntegrationFinding,
  InterpretationContent as EngineInterpretationContent,
  NotRecommended as EngineNotRecommended,
  PrioritizedAction as EnginePrioritizedAction,
} from '../../engine/interpret';

export const InterpretationLanguage = graphqlEnumOf(allKeys<EngineInterpretationLanguage>()(['EN', 'TR']), {
  name: 'InterpretationLanguage',
  description: 'English (default) or Turkish.',
  valueDescriptions: { EN: 'English.', TR: 'Turkish.' },
});
export type InterpretationLanguage = EngineInterpretationLanguage;

export const InterpretationProvider = graphqlEnumOf(INTERPRETATION_PROVIDER_KEYS, {
  name: 'InterpretationProvider',
  description: 'Who wrote an interpretation.',
  valueDescriptions: {
    builtin: 'The built-in rule-based interpreter (offline, deterministic).',
    llm: 'An OpenAI-compatible language model (INTERPRETER_URL), its answer validated against the structure.',
  },
});
export type InterpretationProvider = InterpretationProviderKey;

@ObjectType({ description: 'A hotspot as the interpretation reads it.' })
export class HotspotFinding implements EngineHotspotFinding {
  @Field(() => ID, {
    description: 'Id of the equipment; null when the text names none the project has.',
    nullable: true,
  })
  equipmentId!: string | null;

  @Field(() => String, { description: 'Name of the equipment.' })
  equipmentName!: string;

  @Field(() => EquipmentType, {
    nullable: true,
    description: 'Type of the equipment; null when an LLM answer named a type the catalog does not know.',
  })
  equipmentType!: EquipmentType | null;

  @Field(() => Float, { description: 'Exergy destroyed, kW.' })
  exergyDestroyedKW!: number;

  @Field(() => Float, { nullable: true, description: 'Share of the plant’s exergy destruction, %.' })
  sharePct!: number | null;

  @Field(() => RecommendationPriority, { description: 'How urgent the hotspot is.' })
  priority!: RecommendationPriority;

  @Field(() => String, { description: 'What the interpretation says about the hotspot.' })
  finding!: string;
}

@ObjectType({ description: 'A heat-integration opportunity as the interpretation reads it.' })
export class IntegrationFinding implements EngineIntegrationFinding {
  @Field(() => String, { description: 'Short title of the opportunity.' })
  title!: string;

  @Field(() => String, { description: "Where the heat comes from (a unit's name)." })
  source!: string;

  @Field(() => String, { description: "Where it would be used (a unit's name or a generic sink)." })
  target!: string;

  @Field(() => Float, { nullable: true, description: 'Recoverable heat, kW thermal.' })
  recoverableKW!: number | null;

  @Field(() => Float, { nullable: true, description: 'Savings, EUR/yr.' })
  potentialSavingsEurPerYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'Investment, EUR.' })
  investmentEur!: number | null;

  @Field(() => Float, { nullable: true, description: 'Simple payback, years.' })
  paybackYears!: number | null;

  @Field(() => IntegrationComplexity, { description: 'How hard the measure is to build.' })
  complexity!: IntegrationComplexity;

  @Field(() => String, { description: 'The opportunity in a sentence.' })
  description!: string;
}

@ObjectType({ description: 'One step of the prioritised action plan.' })
export class Action implements EnginePrioritizedAction {
  @Field(() => Int, { description: '1 = do first.' })
  rank!: number;

  @Field(() => ID, {
    description: 'Id of the equipment the measure is for; null for a plant-wide measure.',
    nullable: true,
  })
  equipmentId!: string | null;

  @Field(() => String, { description: 'Name of that equipment; null for a plant-wide measure.', nullable: true })
  equipmentName!: string | null;

  @Field(() => String, { description: 'The measure.' })
  action!: string;

  @Field(() => String, { description: 'Kind of measure (heat recovery, controls, maintenance, replacement …).' })
  category!: string;

  @Field(() => Float, { nullable: true, description: 'Exergy saved, kW.' })
  estimatedSavingsKW!: number | null;

  @Field(() => Float, { nullable: true, description: 'Savings, EUR/yr.' })
  estimatedSavingsEurPerYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'Investment, EUR.' })
  estimatedInvestmentEur!: number | null;

  @Field(() => Float, { nullable: true, description: 'Simple payback, years.' })
  paybackYears!: number | null;

  @Field(() => RecommendationPriority, { description: 'How urgent the measure is.' })
  priority!: RecommendationPriority;
}

@ObjectType({ description: 'A measure judged unsuitable, and why.' })
export class NotRecommended implements EngineNotRecommended {
  @Field(() => String, { description: 'The measure.' })
  title!: string;

  @Field(() => String, { description: 'Why it does not fit this plant.' })
  reason!: string;
}

@ObjectType({ description: 'Measures by horizon.' })
export class ActionPlan implements EngineActionPlan {
  @Field(() => [String], { description: 'Now.' })
  immediate!: string[];

  @Field(() => [String], { description: 'Within 1–3 months.' })
  shortTerm!: string[];

  @Field(() => [String], { description: 'Within 3–12 months.' })
  mediumTerm!: string[];
}

@ObjectType('Interpretation', {
  implements: Node,
  description: 'A written interpretation of an analysis, with a prioritised action plan.',
})
// `scope` is implied by where the interpretation hangs (Project or Equipment).
export class InterpretationView implements Omit<EngineInterpretationContent, 'scope'> {
  @Field(() => ID, { description: 'Id of this stored interpretation.' })
  id!: string;

  @Field(() => Date, { description: 'When it was written (ISO 8601).' })
  createdAt!: Date;

  @Field(() => InterpretationProvider, { description: 'Who wrote it: the built-in interpreter or an LLM.' })
  provider!: InterpretationProvider;

  @Field(() => String, { nullable: true, description: 'The LLM model, when one wrote it.' })
  model!: string | null;

  @Field(() => InterpretationLanguage, { description: 'Language of the text.' })
  language!: InterpretationLanguage;

  @Field(() => Boolean, { description: 'True while the analysis it interprets is still the latest one.' })
  current!: boolean;

  @Field(() => ID, { description: 'Id of the FactoryAnalysis or AnalysisResult interpreted.' })
  analysisId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why the LLM’s answer was not used, when it fell back to the built-in one.',
  })
  fallbackReason!: string | null;

  @Field(() => String, { description: 'The interpretation in a few sentences.' })
  summary!: string;

  @Field(() => String, { description: 'The longer reading of the analysis (paragraphs).' })
  detailedAnalysis!: string;

  @Field(() => [String], { description: 'The main points, one sentence each.' })
  keyInsights!: string[];

  @Field(() => [HotspotFinding], {
    description: 'The units that destroy the most exergy, as the interpretation reads them.',
  })
  hotspotAnalysis!: HotspotFinding[];

  @Field(() => [IntegrationFinding], {
    description: 'Heat-integration opportunities, as the interpretation reads them.',
  })
  integrationOpportunities!: IntegrationFinding[];

  @Field(() => [Action], { description: 'Measures in the order to do them.' })
  prioritizedActions!: Action[];

  @Field(() => [NotRecommended], { description: 'Measures judged unsuitable here, with the reason.' })
  notRecommended!: NotRecommended[];

  @Field(() => ActionPlan, { description: 'The measures by horizon: now, within 1–3 months, within 3–12 months.' })
  actionPlan!: ActionPlan;

  @Field(() => [String], { description: "What is typical of the project's sector, one sentence each." })
  sectorInsights!: string[];

  @Field(() => [String], { description: 'Limits of the reading (stale analysis, missing data …).' })
  warnings!: string[];
}
