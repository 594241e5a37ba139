/** Inputs and results of the pinch analysis (problem table, composite curves, network proposal). */

/** A process stream to be heated or cooled; exactly one of `heatCapacityFlowKWPerK` and `dutyKW`. */
export interface HeatStreamInput {
  name: string;
  supplyTemperatureC: number;
  targetTemperatureC: number;
  /** CP = ṁ·c_p, kW/K, constant over the stream's range. */
  heatCapacityFlowKWPerK?: number | null;
  /** Heat the stream gives or takes over its whole range, kW (then CP = duty / |ΔT|). */
  dutyKW?: number | null;
}

export interface PinchInput {
  streams: HeatStreamInput[];
  /** Smallest temperature difference allowed in any exchanger, K. */
  deltaTMinK: number;
}

/** HOT: must be cooled (supply above target); COLD: must be heated. */
export type StreamKind = 'HOT' | 'COLD';

/** A validated stream with both CP and duty and its shifted temperatures. */
export interface PinchStream {
  name: string;
  kind: StreamKind;
  supplyTemperatureC: number;
  targetTemperatureC: number;
  heatCapacityFlowKWPerK: number;
  dutyKW: number;
  /** Hot streams −ΔT_min/2, cold streams +ΔT_min/2, °C. */
  shiftedSupplyTemperatureC: number;
  shiftedTargetTemperatureC: number;
}

/** One temperature interval of the problem table, between two consecutive shifted temperatures. */
export interface ProblemTableInterval {
  upperShiftedTemperatureC: number;
  lowerShiftedTemperatureC: number;
  /** ΣCP of the hot streams present, kW/K. */
  hotHeatCapacityFlowKWPerK: number;
  /** ΣCP of the cold streams present, kW/K. */
  coldHeatCapacityFlowKWPerK: number;
  /** ΣCP_hot − ΣCP_cold, kW/K. */
  netHeatCapacityFlowKWPerK: number;
  /** Net heat released in the interval (negative: required), kW. */
  surplusKW: number;
  /** Heat cascaded into the interval from above with no hot utility, kW (may be negative). */
  cascadeInKW: number;
  cascadeOutKW: number;
  /** The same with the minimum hot utility added at the top: never negative. */
  feasibleCascadeInKW: number;
  feasibleCascadeOutKW: number;
  hotStreams: string[];
  coldStreams: string[];
}

/** A pinch: the feasible cascade is zero there, so no heat may cross it. */
export interface PinchPoint {
  shiftedTemperatureC: number;
  /** Hot-stream temperature at the pinch (shifted + ΔT_min/2), °C. */
  hotTemperatureC: number;
  /** Cold-stream temperature at the pinch (shifted − ΔT_min/2), °C. */
  coldTemperatureC: number;
}

/**
 * Which utilities the targets need. A threshold problem needs only one (or none); it has a pinch only when
 * the cascade also reaches zero inside the temperature range.
 */
export type UtilityCase = 'BOTH_UTILITIES' | 'HOT_UTILITY_ONLY' | 'COLD_UTILITY_ONLY' | 'NO_UTILITY';

export interface CurvePoint {
  temperatureC: number;
  enthalpyKW: number;
}

/** A grand-composite point: net heat flow through the cascade at a shifted temperature. */
export interface GrandCompositePoint {
  shiftedTemperatureC: number;
  netHeatFlowKW: number;
}

/**
 * Where a match sits: above the pinch (no cold utility allowed), below it (no hot utility), between two pinch
 * points, or anywhere when there is no pinch (threshold problem, one region).
 */
export type NetworkSide = 'ABOVE' | 'BELOW' | 'BETWEEN' | 'NO_PINCH';

export interface ExchangerMatch {
  hotStream: string;
  coldStream: string;
  dutyKW: number;
  side: NetworkSide;
  hotInletTemperatureC: number;
  hotOutletTemperatureC: number;
  coldInletTemperatureC: number;
  coldOutletTemperatureC: number;
  /** Hot inlet − cold outlet, K. */
  hotEndApproachK: number;
  /** Hot outlet − cold inlet, K. */
  coldEndApproachK: number;
  /** Both approaches ≥ ΔT_min. */
  respectsDeltaTMin: boolean;
}

export type UtilityKind = 'HEATER' | 'COOLER';

/** A heater (hot utility) on a cold stream or a cooler (cold utility) on a hot stream. */
export interface UtilityExchanger {
  stream: string;
  kind: UtilityKind;
  dutyKW: number;
  side: NetworkSide;
  inletTemperatureC: number;
  outletTemperatureC: number;
}

export interface NetworkProposal {
  matches: ExchangerMatch[];
  utilities: UtilityExchanger[];
  /** Σ process-to-process duty, kW. */
  heatRecoveredKW: number;
  /** Σ heater duty, kW (≥ the minimum hot utility). */
  hotUtilityKW: number;
  /** Σ cooler duty, kW (≥ the minimum cold utility). */
  coldUtilityKW: number;
  /** The proposal uses no more utility than the targets (within rounding). */
  reachesTargets: boolean;
  /** Hot utility beyond the target (equal to the cold-utility excess), kW; 0 when the targets are reached. */
  utilityExcessKW: number;
  allMatchesRespectDeltaTMin: boolean;
}

export interface PlotlyLine {
  name: string;
  x: number[];
  y: number[];
}

export interface PinchPlots {
  /** x: enthalpy, kW; y: temperature, °C. */
  hotComposite: PlotlyLine;
  coldComposite: PlotlyLine;
  /** x: net heat flow, kW; y: shifted temperature, °C. */
  grandComposite: PlotlyLine;
}

export interface PinchAnalysis {
  deltaTMinK: number;
  streams: PinchStream[];
  intervals: ProblemTableInterval[];
  minimumHotUtilityKW: number;
  minimumColdUtilityKW: number;
  utilityCase: UtilityCase;
  /** The highest pinch point; null when the cascade is nowhere zero inside the range. */
  pinch: PinchPoint | null;
  /** Every pinch point, highest first (a problem can be pinched at several temperatures). */
  pinchPoints: PinchPoint[];
  /** Σ hot duty − minimum cold utility (= Σ cold duty − minimum hot utility), kW. */
  maximumHeatRecoveryKW: number;
  totalHotDutyKW: number;
  totalColdDutyKW: number;
  /** Both accumulated from the lowest temperature; the cold curve starts at the minimum cold utility. */
  hotComposite: CurvePoint[];
  coldComposite: CurvePoint[];
  /** Lowest shifted temperature first. */
  grandComposite: GrandCompositePoint[];
  network: NetworkProposal;
  plots: PinchPlots;
}

export type PinchIssueCode = 'REQUIRED' | 'OUT_OF_RANGE' | 'INCONSISTENT' | 'INVALID';

/** One problem of a pinch input, with its path (`streams[2].heatCapacityFlowKWPerK`) and accepted range. */
export interface PinchIssue {
  path: string;
  code: PinchIssueCode;
  message: string;
  min?: number;
  max?: number;
}
