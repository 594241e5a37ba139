/**
 * Radar benchmark of one analysed unit: six 0–100 axes, their mean and a grade, Plotly-ready.
 *
 *   radarBenchmark(result: EquipmentResult) → RadarBenchmark | null
 */
export * from './radar';
