/**
 * Interpretation: the content contract and the built-in, rule-based
 * interpreter (deterministic, offline, EN/TR).
 *
 *   interpretEquipment({ equipment, result, project, language, stale? }) → InterpretationContent
 *   interpretFactory({ project, equipment, factory, gap, language, staleEquipmentIds? }) → InterpretationContent
 *   sectorKey(sector) → the sector table's key ('general' when unknown)
 */
export * from './types';
export {
  interpretEquipment,
  interpretFactory,
  largestOpportunity,
  phrasesFor,
  PLAUSIBLE_EFFICIENCY_PCT,
  type EquipmentInfo,
  type EquipmentInterpretationInput,
  type FactoryAnalysisView,
  type FactoryInterpretationInput,
  type ProjectInfo,
} from './interpret';
export { MAX_PAYBACK_YEARS, MAX_ACTIONS } from './actions';
export { EN as PHRASES_EN, TR as PHRASES_TR, type Phrases } from './phrases';
export { KNOWN_SECTORS, KNOWN_PROCESS_TYPES, sectorKey } from './sectors';
