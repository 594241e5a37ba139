import { Arg, Float, Query, Resolver } from 'type-graphql';
import { analysePinch, validatePinchInput } from '../../engine/pinch';
import { AnalysisFailedError, InputError } from '../shared/errors';
import { nonFinitePaths } from '../shared/finite';
import { HeatStreamInput } from './pinch.inputs';
import { PinchAnalysis } from './pinch.types';

@Resolver()
export class PinchResolver {
  @Query(() => PinchAnalysis, {
    description:
      'Pinch targets of explicit heat streams: problem table, minimum utilities, pinch, composite curves and a network proposal. Nothing is stored.',
  })
  pinchTargets(
    @Arg('streams', () => [HeatStreamInput], { description: 'At least one hot and one cold stream, at most 200.' })
    streams: HeatStreamInput[],
    @Arg('deltaTMinK', () => Float, {
      defaultValue: 10,
      description: 'Minimum approach temperature ΔT_min, K, above 0 and at most 100.',
    })
    deltaTMinK: number,
  ): PinchAnalysis {
    const input = { streams, deltaTMinK };
    // Issue paths are the argument paths already (`streams[2].dutyKW`, `deltaTMinK`).
    const issues = validatePinchInput(input);
    if (issues.length) throw new InputError(issues);
    const result = analysePinch(input);
    const bad = nonFinitePaths(result);
    if (bad.length) throw new AnalysisFailedError(`pinch analysis produced a non-finite number at ${bad[0]}`);
    return result;
  }
}
