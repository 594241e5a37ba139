/**
 * Plant-level analyses beyond the factory totals, each a pure function of a run's unit results:
 *   analyseEntropyGeneration(units, T0) → S_gen per unit and mechanism (physics where the engine resolves it)
 *   analyseThermoeconomics(units)       → SPECO strategy per unit against its component class
 *   analyseAdvancedExergy(units)        → EN/EX × AV/UN per unit (engineering method over supply links)
 *   analyseEnergyReview(input)          → ISO 50001 EnPIs against the baseline, trend, SEUs, action plan
 */
export * from './entropy-generation';
export * from './thermoeconomic';
export * from './advanced-exergy';
export * from './advanced-exergy-charts';
export * from './energy-review';
