/**
 * Plant-level analyses beyond the factory totals, each a pure function of a run's unit results:
 *   analyseEntropyGeneration(units, T0) → S_gen per unit and mechanism (physics where the engine resolves it)
 *   analyseThermoeconomics(units)       → SPECO strategy per unit against its component class
 *   analyseEnergyReview(input)          → ISO 50001 EnPIs against the baseline, trend, SEUs, action plan
 */
export * from './entropy-generation';
export * from './thermoeconomic';
export * from './energy-review';
