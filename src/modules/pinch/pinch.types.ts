/** GraphQL types of a pinch analysis (engine shapes: src/engine/pinch/types.ts). */
import { Field, Float, ObjectType } from 'type-graphql';
import type * as Engine from '../../engine/pinch';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';
import { plantSizedList } from '../../graphql/cost-limits';
import { PlantPinchComparison } from './plant-pinch.types';

import { HeatStreamKind } from './heat-stream-kind';
export { HeatStreamKind } from './heat-stream-kind';

export const PinchUtilityCase = graphqlEnumOf(
  allKeys<Engine.UtilityCase>()(['BOTH_UTILITIES', 'HOT_UTILITY_ONLY', 'COLD_UTILITY_ONLY', 'NO_UTILITY']),
  {
    name: 'PinchUtilityCase',
    description:
      'Which utilities the targets need. BOTH_UTILITIES: a pinched problem. HOT_UTILITY_ONLY, COLD_UTILITY_ONLY, NO_UTILITY: threshold problems, which have a pinch only where the cascade also reaches zero inside the range.',
    valueDescriptions: {
      BOTH_UTILITIES: 'A pinched problem: hot utility above the pinch and cold utility below it.',
      HOT_UTILITY_ONLY: 'A threshold problem that needs heating only.',
      COLD_UTILITY_ONLY: 'A threshold problem that needs cooling only.',
      NO_UTILITY: 'The streams balance each other: no utility at all.',
    },
  },
);
export type PinchUtilityCase = Engine.UtilityCase;

export const PinchSide = graphqlEnumOf(allKeys<Engine.NetworkSide>()(['ABOVE', 'BELOW', 'BETWEEN', 'NO_PINCH']), {
  name: 'PinchSide',
  description:
    'Where an exchanger sits: ABOVE the pinch (a heat sink: no cooling there), BELOW it (a heat source: no heating there), BETWEEN two pinch points, or NO_PINCH (threshold problem, one region).',
  valueDescriptions: {
    ABOVE: 'Above the pinch: a heat sink, where no cooling may be used.',
    BELOW: 'Below the pinch: a heat source, where no heating may be used.',
    BETWEEN: 'Between two pinch points.',
    NO_PINCH: 'A threshold problem: one region, no pinch.',
  },
});
export type PinchSide = Engine.NetworkSide;

export const UtilityExchangerKind = graphqlEnumOf(allKeys<Engine.UtilityKind>()(['HEATER', 'COOLER']), {
  name: 'UtilityExchangerKind',
  description: 'HEATER: hot utility on a cold stream; COOLER: cold utility on a hot stream.',
  valueDescriptions: {
    HEATER: 'Hot utility (steam, fired heat) on a cold stream.',
    COOLER: 'Cold utility (cooling water, refrigeration) on a hot stream.',
  },
});
export type UtilityExchangerKind = Engine.UtilityKind;

@ObjectType({ description: 'An input stream as analysed: kind, CP and duty, shifted temperatures.' })
export class PinchStream implements Engine.PinchStream {
  @Field(() => String, { description: 'Name of the stream.' }) name!: string;
  @Field(() => HeatStreamKind, { description: 'Hot (to be cooled) or cold (to be heated).' }) kind!: HeatStreamKind;
  @Field(() => Float, { description: 'Supply temperature, °C.' }) supplyTemperatureC!: number;
  @Field(() => Float, { description: 'Target temperature, °C.' }) targetTemperatureC!: number;
  @Field(() => Float, { description: 'CP, kW/K (duty / |ΔT| when the duty was given).' })
  heatCapacityFlowKWPerK!: number;
  @Field(() => Float, { description: 'Heat given or taken, kW (CP·|ΔT| when CP was given).' }) dutyKW!: number;
  @Field(() => Float, { description: 'Supply shifted by −ΔT_min/2 (hot) or +ΔT_min/2 (cold), °C.' })
  shiftedSupplyTemperatureC!: number;
  @Field(() => Float, { description: 'Target shifted like the supply, °C.' }) shiftedTargetTemperatureC!: number;
}

@ObjectType({ description: 'One row of the problem table: the interval between two consecutive shifted temperatures.' })
export class ProblemTableInterval implements Engine.ProblemTableInterval {
  @Field(() => Float, { description: 'Upper bound, shifted °C.' }) upperShiftedTemperatureC!: number;
  @Field(() => Float, { description: 'Lower bound, shifted °C.' }) lowerShiftedTemperatureC!: number;
  @Field(() => Float, { description: 'ΣCP of the hot streams in the interval, kW/K.' })
  hotHeatCapacityFlowKWPerK!: number;
  @Field(() => Float, { description: 'ΣCP of the cold streams in the interval, kW/K.' })
  coldHeatCapacityFlowKWPerK!: number;
  @Field(() => Float, { description: 'ΣCP_hot − ΣCP_cold, kW/K.' }) netHeatCapacityFlowKWPerK!: number;
  @Field(() => Float, { description: 'Net heat released in the interval (negative: required), kW.' })
  surplusKW!: number;
  @Field(() => Float, { description: 'Heat cascaded in from above with no hot utility, kW (may be negative).' })
  cascadeInKW!: number;
  @Field(() => Float, { description: 'Heat cascaded out below with no hot utility, kW (may be negative).' })
  cascadeOutKW!: number;
  @Field(() => Float, { description: 'Heat cascaded in with the minimum hot utility at the top, kW (≥ 0).' })
  feasibleCascadeInKW!: number;
  @Field(() => Float, { description: 'Heat cascaded out with the minimum hot utility at the top, kW (≥ 0).' })
  feasibleCascadeOutKW!: number;
  @Field(() => [String], { description: 'Hot streams spanning the interval.' }) hotStreams!: string[];
  @Field(() => [String], { description: 'Cold streams spanning the interval.' }) coldStreams!: string[];
}

@ObjectType({ description: 'A pinch: no heat flows through the cascade here, so none may cross it.' })
export class PinchPoint implements Engine.PinchPoint {
  @Field(() => Float, { description: 'Pinch on the shifted scale, °C.' }) shiftedTemperatureC!: number;
  @Field(() => Float, { description: 'Hot-stream temperature at the pinch (shifted + ΔT_min/2), °C.' })
  hotTemperatureC!: number;
  @Field(() => Float, { description: 'Cold-stream temperature at the pinch (shifted − ΔT_min/2), °C.' })
  coldTemperatureC!: number;
}

@ObjectType({ description: 'A point of a composite curve.' })
export class CompositeCurvePoint implements Engine.CurvePoint {
  @Field(() => Float, { description: 'Actual temperature, °C.' }) temperatureC!: number;
  @Field(() => Float, { description: 'Cumulative heat flow from the curve’s lowest temperature, kW.' })
  enthalpyKW!: number;
}

@ObjectType({ description: 'A point of the grand composite curve.' })
export class GrandCompositePoint implements Engine.GrandCompositePoint {
  @Field(() => Float, { description: 'Shifted temperature, °C.' }) shiftedTemperatureC!: number;
  @Field(() => Float, { description: 'Net heat flowing down the feasible cascade here, kW (0 at a pinch).' })
  netHeatFlowKW!: number;
}

@ObjectType({ description: 'A process-to-process heat exchanger of the network proposal (counter-current).' })
export class HeatExchangerMatch implements Engine.ExchangerMatch {
  @Field(() => String, { description: 'Name of the hot stream cooled.' }) hotStream!: string;
  @Field(() => String, { description: 'Name of the cold stream heated.' }) coldStream!: string;
  @Field(() => Float, { description: 'Heat exchanged, kW.' }) dutyKW!: number;
  @Field(() => PinchSide, { description: 'Where the match sits relative to the pinch.' }) side!: PinchSide;
  @Field(() => Float, { description: 'Hot stream in, °C.' }) hotInletTemperatureC!: number;
  @Field(() => Float, { description: 'Hot stream out, °C.' }) hotOutletTemperatureC!: number;
  @Field(() => Float, { description: 'Cold stream in, °C.' }) coldInletTemperatureC!: number;
  @Field(() => Float, { description: 'Cold stream out, °C.' }) coldOutletTemperatureC!: number;
  @Field(() => Float, { description: 'Hot inlet − cold outlet, K.' }) hotEndApproachK!: number;
  @Field(() => Float, { description: 'Hot outlet − cold inlet, K.' }) coldEndApproachK!: number;
  @Field(() => Boolean, { description: 'Both approaches are at least ΔT_min.' }) respectsDeltaTMin!: boolean;
}

@ObjectType({ description: 'A heater or cooler serving what the process matches leave of a stream.' })
export class UtilityExchanger implements Engine.UtilityExchanger {
  @Field(() => String, { description: 'Name of the stream it heats or cools.' }) stream!: string;
  @Field(() => UtilityExchangerKind, { description: 'Heater or cooler.' }) kind!: UtilityExchangerKind;
  @Field(() => Float, { description: 'Utility heat, kW.' }) dutyKW!: number;
  @Field(() => PinchSide, { description: 'Where the exchanger sits relative to the pinch.' }) side!: PinchSide;
  @Field(() => Float, { description: 'Stream in, °C.' }) inletTemperatureC!: number;
  @Field(() => Float, { description: 'Stream out, °C.' }) outletTemperatureC!: number;
}

@ObjectType({
  description:
    'A network proposal by the pinch design method: designed from the pinch outward on each side, CP rule at the pinch, tick-off sizing, utilities for the rest. Streams are not split, so some problems need more than the minimum utilities (reachesTargets false).',
})
export class HeatExchangerNetwork implements Engine.NetworkProposal {
  @Field(() => [HeatExchangerMatch], { description: 'Process-to-process exchangers.', complexity: plantSizedList })
  matches!: HeatExchangerMatch[];
  @Field(() => [UtilityExchanger], { description: 'Heaters and coolers on the streams.', complexity: plantSizedList })
  utilities!: UtilityExchanger[];
  @Field(() => Float, { description: 'Σ match duty, kW.' }) heatRecoveredKW!: number;
  @Field(() => Float, { description: 'Σ heater duty, kW (≥ minimumHotUtilityKW).' }) hotUtilityKW!: number;
  @Field(() => Float, { description: 'Σ cooler duty, kW (≥ minimumColdUtilityKW).' }) coldUtilityKW!: number;
  @Field(() => Boolean, { description: 'The network needs no more utility than the targets (within rounding).' })
  reachesTargets!: boolean;
  @Field(() => Float, { description: 'Hot utility beyond the target (= cold utility beyond it), kW; 0 when reached.' })
  utilityExcessKW!: number;
  @Field(() => Boolean, { description: 'Every match respects ΔT_min at both ends.' })
  allMatchesRespectDeltaTMin!: boolean;
}

@ObjectType({ description: 'A Plotly scatter trace: `x` and `y` in the units of the field that holds it.' })
export class PlotlyLine implements Engine.PlotlyLine {
  @Field(() => String, { description: 'Name of the curve.' }) name!: string;
  @Field(() => [Float], { description: "x values, in the plot's x unit." }) x!: number[];
  @Field(() => [Float], { description: "y values, in the plot's y unit." }) y!: number[];
}

@ObjectType({ description: 'The curves as Plotly traces.' })
export class PinchPlots implements Engine.PinchPlots {
  @Field(() => PlotlyLine, { description: 'x: enthalpy, kW; y: temperature, °C.' }) hotComposite!: PlotlyLine;
  @Field(() => PlotlyLine, { description: 'x: enthalpy, kW; y: temperature, °C.' }) coldComposite!: PlotlyLine;
  @Field(() => PlotlyLine, { description: 'x: net heat flow, kW; y: shifted temperature, °C.' })
  grandComposite!: PlotlyLine;
}

@ObjectType({
  description:
    'Pinch analysis (Linnhoff problem table): targets, pinch, composite and grand composite curves, and a heat-exchanger network proposal.',
})
export class PinchAnalysis implements Engine.PinchAnalysis {
  @Field(() => Float, { description: 'Minimum approach temperature used, K.' }) deltaTMinK!: number;
  @Field(() => [PinchStream], { description: 'The streams as analysed.', complexity: plantSizedList })
  streams!: PinchStream[];
  @Field(() => [ProblemTableInterval], { description: 'Highest interval first.', complexity: plantSizedList })
  intervals!: ProblemTableInterval[];
  @Field(() => Float, { description: 'Minimum hot utility Q_H,min, kW.' }) minimumHotUtilityKW!: number;
  @Field(() => Float, { description: 'Minimum cold utility Q_C,min, kW.' }) minimumColdUtilityKW!: number;
  @Field(() => PinchUtilityCase, { description: 'Which utilities the targets need.' }) utilityCase!: PinchUtilityCase;
  @Field(() => PinchPoint, {
    nullable: true,
    description: 'The (highest) pinch; null when the cascade is nowhere zero inside the range (threshold problem).',
  })
  pinch!: PinchPoint | null;
  @Field(() => [PinchPoint], { description: 'Every pinch point, highest first.', complexity: plantSizedList })
  pinchPoints!: PinchPoint[];
  @Field(() => Float, { description: 'Maximum heat recovery: Σ hot duty − Q_C,min (= Σ cold duty − Q_H,min), kW.' })
  maximumHeatRecoveryKW!: number;
  @Field(() => Float, { description: 'Σ duty of the hot streams, kW.' }) totalHotDutyKW!: number;
  @Field(() => Float, { description: 'Σ duty of the cold streams, kW.' }) totalColdDutyKW!: number;
  @Field(() => [CompositeCurvePoint], {
    description: 'Hot composite curve, lowest temperature first, from 0 kW.',
    complexity: plantSizedList,
  })
  hotComposite!: CompositeCurvePoint[];
  @Field(() => [CompositeCurvePoint], {
    description: 'Cold composite curve, lowest temperature first, from Q_C,min.',
    complexity: plantSizedList,
  })
  coldComposite!: CompositeCurvePoint[];
  @Field(() => [GrandCompositePoint], {
    description: 'Grand composite curve, lowest shifted temperature first.',
    complexity: plantSizedList,
  })
  grandComposite!: GrandCompositePoint[];
  @Field(() => HeatExchangerNetwork, { description: 'A heat-exchanger network that meets the targets.' })
  network!: HeatExchangerNetwork;
  @Field(() => PinchPlots, { description: 'Composite and grand composite curves.' }) plots!: PinchPlots;
  @Field(() => PlantPinchComparison, {
    nullable: true,
    description:
      'A plant’s pinch (FactoryAnalysis.pinch): its units’ streams and current utility use against these targets; null from pinchTargets.',
  })
  plant?: PlantPinchComparison | null;
}
