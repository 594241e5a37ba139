/**
 * The structure of a written interpretation (spec/interpretation.md §2.1 and
 * §3.1, camelCased, one shape for equipment and project scope). Both the
 * built-in rule-based interpreter and the optional LLM provider produce it;
 * every number in a sentence comes from the analysis it interprets.
 */
import type { EquipmentTypeKey } from '../equipment/types';

export type InterpretationLanguage = 'EN' | 'TR';
export type InterpretationScope = 'project' | 'equipment';
export type Priority = 'high' | 'medium' | 'low';

export interface HotspotFinding {
  equipmentId: string | null;
  equipmentName: string;
  /** Equipment type key (compressor, boiler …); null when an LLM answer named none the catalog knows. */
  equipmentType: EquipmentTypeKey | null;
  /** kW */
  exergyDestroyedKW: number;
  /** % of the plant's destruction; null when unknown. */
  sharePct: number | null;
  priority: Priority;
  finding: string;
}

export interface IntegrationFinding {
  title: string;
  source: string;
  target: string;
  /** kW thermal; null when unknown. */
  recoverableKW: number | null;
  /** EUR/yr */
  potentialSavingsEurPerYear: number | null;
  /** EUR; null when unknown. */
  investmentEur: number | null;
  /** years; null when undefined. */
  paybackYears: number | null;
  complexity: 'low' | 'medium' | 'high';
  description: string;
}

export interface PrioritizedAction {
  /** 1 = do first. */
  rank: number;
  equipmentId: string | null;
  equipmentName: string | null;
  /** The measure, one sentence. */
  action: string;
  category: string;
  /** Exergy saved, kW; null where not estimated. */
  estimatedSavingsKW: number | null;
  /** EUR/yr; null where not estimated. */
  estimatedSavingsEurPerYear: number | null;
  /** EUR; null where unknown. */
  estimatedInvestmentEur: number | null;
  /** years; null where undefined. */
  paybackYears: number | null;
  priority: Priority;
}

export interface NotRecommended {
  title: string;
  reason: string;
}

export interface ActionPlan {
  /** Now. */
  immediate: string[];
  /** 1–3 months. */
  shortTerm: string[];
  /** 3–12 months. */
  mediumTerm: string[];
}

export interface InterpretationContent {
  scope: InterpretationScope;
  language: InterpretationLanguage;
  /** 2–3 sentences. */
  summary: string;
  /** Where and why exergy is destroyed, 3–5 sentences. */
  detailedAnalysis: string;
  keyInsights: string[];
  hotspotAnalysis: HotspotFinding[];
  integrationOpportunities: IntegrationFinding[];
  prioritizedActions: PrioritizedAction[];
  notRecommended: NotRecommended[];
  actionPlan: ActionPlan;
  sectorInsights: string[];
  warnings: string[];
}
