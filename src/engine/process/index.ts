/**
 * Process analysis: the process catalog (8 types), BAT references, the
 * thermodynamic minimum exergy and the top-down gap analysis.
 *
 *   PROCESS_TYPES, getProcessType(key)            catalog with parameters and subcategories
 *   batReferences(type), getBatReference(type, subcategory)
 *   validateProcessDefinition(type, subcategory, parameters, deadState) → ValidationIssue[]
 *   minimumExergy(type, subcategory, parameters, deadState)
 *   analyseGap({...}) → GapAnalysisResult
 */
export * from './bat';
export * from './catalog';
export * from './minimum';
export * from './gap';
export * from './validate';
