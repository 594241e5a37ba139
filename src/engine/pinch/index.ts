/**
 * Pinch analysis of explicit heat streams: problem table, minimum utilities, pinch, composite and grand
 * composite curves (Plotly-ready too) and a heat-exchanger network proposal by the pinch design method.
 *
 *   validatePinchInput({ streams, deltaTMinK }) → PinchIssue[]
 *   analysePinch({ streams, deltaTMinK }) → PinchAnalysis   (throws PinchInputError for invalid input)
 */
import { compositeCurve, grandCompositeCurve } from './composite-curves';
import { proposeNetwork } from './network';
import { buildProblemTable } from './problem-table';
import { heatToleranceKW, toPinchStream, totalDutyKW } from './streams';
import type { CurvePoint, PinchAnalysis, PinchInput, PlotlyLine } from './types';
import { PinchInputError, validatePinchInput } from './validate';

export * from './types';
export { deltaTMinIssues, PINCH_LIMITS, PinchInputError, validatePinchInput } from './validate';

function line(name: string, points: CurvePoint[]): PlotlyLine {
  return { name, x: points.map((p) => p.enthalpyKW), y: points.map((p) => p.temperatureC) };
}

export function analysePinch(input: PinchInput): PinchAnalysis {
  const issues = validatePinchInput(input);
  if (issues.length) throw new PinchInputError(issues);
  const { deltaTMinK } = input;
  const streams = input.streams.map((s) => toPinchStream(s, deltaTMinK));
  const table = buildProblemTable(streams, deltaTMinK);
  const totalHotDutyKW = totalDutyKW(streams, 'HOT');
  const totalColdDutyKW = totalDutyKW(streams, 'COLD');
  const hotComposite = compositeCurve(streams, 'HOT', 0);
  const coldComposite = compositeCurve(streams, 'COLD', table.minimumColdUtilityKW);
  const grandComposite = grandCompositeCurve(table.intervals);
  const network = proposeNetwork(streams, deltaTMinK, table, heatToleranceKW(streams));
  return {
    deltaTMinK,
    streams,
    intervals: table.intervals,
    minimumHotUtilityKW: table.minimumHotUtilityKW,
    minimumColdUtilityKW: table.minimumColdUtilityKW,
    utilityCase: table.utilityCase,
    pinch: table.pinchPoints[0] ?? null,
    pinchPoints: table.pinchPoints,
    maximumHeatRecoveryKW: Math.max(0, totalHotDutyKW - table.minimumColdUtilityKW),
    totalHotDutyKW,
    totalColdDutyKW,
    hotComposite,
    coldComposite,
    grandComposite,
    network,
    plots: {
      hotComposite: line('Hot composite', hotComposite),
      coldComposite: line('Cold composite', coldComposite),
      grandComposite: {
        name: 'Grand composite',
        x: grandComposite.map((p) => p.netHeatFlowKW),
        y: grandComposite.map((p) => p.shiftedTemperatureC),
      },
    },
  };
}
