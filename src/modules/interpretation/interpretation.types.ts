/** GraphQL types of a stored interpretation (content shape: src/engine/interpret/types.ts). */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
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
  @Field(() => ID, { nullable: true })
  equipmentId!: string | null;

  @Field(() => String)
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

  @Field(() => RecommendationPriority)
  priority!: RecommendationPriority;

  @Field(() => String)
  finding!: string;
}

@ObjectType({ description: 'A heat-integration opportunity as the interpretation reads it.' })
export class IntegrationFinding implements EngineIntegrationFinding {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  source!: string;

  @Field(() => String)
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

  @Field(() => String)
  description!: string;
}

@ObjectType({ description: 'One step of the prioritised action plan.' })
export class Action implements EnginePrioritizedAction {
  @Field(() => Int, { description: '1 = do first.' })
  rank!: number;

  @Field(() => ID, { nullable: true })
  equipmentId!: string | null;

  @Field(() => String, { nullable: true })
  equipmentName!: string | null;

  @Field(() => String, { description: 'The measure.' })
  action!: string;

  @Field(() => String)
  category!: string;

  @Field(() => Float, { nullable: true, description: 'Exergy saved, kW.' })
  estimatedSavingsKW!: number | null;

  @Field(() => Float, { nullable: true, description: 'Savings, EUR/yr.' })
  estimatedSavingsEurPerYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'Investment, EUR.' })
  estimatedInvestmentEur!: number | null;

  @Field(() => Float, { nullable: true, description: 'Simple payback, years.' })
  paybackYears!: number | null;

  @Field(() => RecommendationPriority)
  priority!: RecommendationPriority;
}

@ObjectType({ description: 'A measure judged unsuitable, and why.' })
export class NotRecommended implements EngineNotRecommended {
  @Field(() => String)
  title!: string;

  @Field(() => String)
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
  description: 'A written interpretation of an analysis, with a prioritised action plan.',
})
// `scope` is implied by where the interpretation hangs (Project or Equipment).
export class InterpretationView implements Omit<EngineInterpretationContent, 'scope'> {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { description: 'When it was written (ISO 8601).' })
  createdAt!: Date;

  @Field(() => InterpretationProvider, { description: 'Who wrote it: the built-in interpreter or an LLM.' })
  provider!: InterpretationProvider;

  @Field(() => String, { nullable: true, description: 'The LLM model, when one wrote it.' })
  model!: string | null;

  @Field(() => InterpretationLanguage)
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

  @Field(() => String)
  summary!: string;

  @Field(() => String)
  detailedAnalysis!: string;

  @Field(() => [String])
  keyInsights!: string[];

  @Field(() => [HotspotFinding])
  hotspotAnalysis!: HotspotFinding[];

  @Field(() => [IntegrationFinding])
  integrationOpportunities!: IntegrationFinding[];

  @Field(() => [Action])
  prioritizedActions!: Action[];

  @Field(() => [NotRecommended])
  notRecommended!: NotRecommended[];

  @Field(() => ActionPlan)
  actionPlan!: ActionPlan;

  @Field(() => [String])
  sectorInsights!: string[];

  @Field(() => [String])
  warnings!: string[];
}
