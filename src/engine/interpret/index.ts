/**
 * Interpretation: the content contract and the built-in, rule-based
 * interpreter (deterministic, offline, EN/TR).
 *
 *   interpretEquipment({ equipment, result, project, language, stale? }) → InterpretationContent
 *   interpretFactory({ project, equipment, factory, gap, language, staleEquipmentIds? }) → InterpretationContent
 */
export * from './types';
export { interpretEquipment, interpretFactory, type EquipmentInfo, type FactoryInterpretationInput, type ProjectInfo } from './interpret';
export { KNOWN_SECTORS } from './sectors';
