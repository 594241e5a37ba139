/**
 * A heat-exchanger network proposal by the pinch design method (Linnhoff & Hindmarsh 1983): the problem is
 * split at the pinch and each side designed from the pinch outward, where it is most constrained. Above the
 * pinch every hot stream must be cooled by cold streams (no cold utility there); below it every cold stream
 * must be heated by hot streams (no hot utility there). At the pinch a match is only possible when the CP rule
 * holds (above: CP_hot ≤ CP_cold, below: CP_hot ≥ CP_cold) — the ΔT_min check below enforces it by itself.
 * Matches are sized by the tick-off heuristic (the smaller remaining duty, or less where ΔT_min limits it);
 * what is left goes to heaters and coolers. Streams are not split, so some problems get a network that needs
 * more than the minimum utilities: `reachesTargets` says so, and by how much.
 */
import { shiftedRange } from './streams';
import type {
  ExchangerMatch,
  NetworkProposal,
  NetworkSide,
  PinchPoint,
  PinchStream,
  StreamKind,
  UtilityExchanger,
} from './types';

/** Temperature slack for rounding when comparing approaches with ΔT_min, K. */
const APPROACH_TOLERANCE_K = 1e-7;

/** The part of one stream inside a region, in working coordinates (see `mirrored`). */
interface Portion {
  name: string;
  kind: StreamKind;
  cp: number;
  lowC: number;
  highC: number;
  /** The end nearest the region's origin that is not yet served: low end upward (sink design). */
  frontierC: number;
  remainingKW: number;
}

interface Region {
  side: NetworkSide;
  /** Shifted temperature bounds (±Infinity at the open ends). */
  lowShiftedC: number;
  highShiftedC: number;
  /** Design from the low end upward (a heat sink: above a pinch) or, mirrored, from the high end downward. */
  fromLowEnd: boolean;
  /** Whether the origin boundary is a pinch (then streams touching it are matched first). */
  originIsPinch: boolean;
}

/** Regions between the pinch points, each with the end it is designed from. */
function regionsOf(pinchPoints: PinchPoint[], hotUtilityKW: number, coldUtilityKW: number): Region[] {
  if (pinchPoints.length === 0) {
    // Threshold problem: a problem needing only cold utility behaves as if below a pinch at its top.
    const fromLowEnd = !(hotUtilityKW === 0 && coldUtilityKW > 0);
    return [{ side: 'NO_PINCH', lowShiftedC: -Infinity, highShiftedC: Infinity, fromLowEnd, originIsPinch: false }];
  }
  const cuts = pinchPoints.map((p) => p.shiftedTemperatureC); // highest first
  const regions: Region[] = [
    { side: 'ABOVE', lowShiftedC: cuts[0], highShiftedC: Infinity, fromLowEnd: true, originIsPinch: true },
  ];
  for (let i = 1; i < cuts.length; i++)
    regions.push({
      side: 'BETWEEN',
      lowShiftedC: cuts[i],
      highShiftedC: cuts[i - 1],
      fromLowEnd: true,
      originIsPinch: true,
    });
  regions.push({
    side: 'BELOW',
    lowShiftedC: -Infinity,
    highShiftedC: cuts[cuts.length - 1],
    fromLowEnd: false,
    originIsPinch: true,
  });
  return regions;
}

/** The stream's part within the region's shifted bounds, in actual temperatures; null when it has none. */
function portionOf(stream: PinchStream, region: Region, deltaTMinK: number): Portion | null {
  const [lo, hi] = shiftedRange(stream);
  const low = Math.max(lo, region.lowShiftedC);
  const high = Math.min(hi, region.highShiftedC);
  if (high - low <= 1e-9) return null;
  const unshift = stream.kind === 'HOT' ? deltaTMinK / 2 : -deltaTMinK / 2;
  const lowC = low + unshift;
  const highC = high + unshift;
  const cp = stream.heatCapacityFlowKWPerK;
  return { name: stream.name, kind: stream.kind, cp, lowC, highC, frontierC: lowC, remainingKW: cp * (highC - lowC) };
}

/**
 * Designing downward from a pinch is designing upward with temperatures negated and hot and cold swapped
 * (ΔT = T_hot − T_cold keeps its value), so one routine serves both sides.
 */
function mirrored(p: Portion): Portion {
  const kind = p.kind === 'HOT' ? 'COLD' : 'HOT';
  return { ...p, kind, lowC: -p.highC, highC: -p.lowC, frontierC: -p.highC };
}

/** Largest duty the pair can exchange at their frontiers without an approach below ΔT_min, kW. */
function feasibleDutyKW(hot: Portion, cold: Portion, deltaTMinK: number): number {
  const atFrontier = hot.frontierC - cold.frontierC; // hot outlet − cold inlet
  if (atFrontier < deltaTMinK - APPROACH_TOLERANCE_K) return 0;
  const limit = Math.min(hot.remainingKW, cold.remainingKW);
  // The other end's approach changes by Q·(1/CP_hot − 1/CP_cold): it only shrinks when CP_hot > CP_cold.
  const shrink = 1 / cold.cp - 1 / hot.cp;
  if (shrink <= 0) return limit;
  return Math.min(limit, Math.max(0, atFrontier - deltaTMinK) / shrink);
}

interface WorkingMatch {
  hot: string;
  cold: string;
  dutyKW: number;
  hotInC: number;
  hotOutC: number;
  coldInC: number;
  coldOutC: number;
}

interface WorkingUtility {
  stream: string;
  kind: 'HEATER' | 'COOLER';
  dutyKW: number;
  inC: number;
  outC: number;
}

/** Advances a portion's frontier by a duty; snaps to its end when it is used up (no rounding slivers). */
function take(p: Portion, dutyKW: number, toleranceKW: number): [number, number] {
  const from = p.frontierC;
  p.remainingKW -= dutyKW;
  p.frontierC = p.remainingKW <= toleranceKW ? p.highC : p.frontierC + dutyKW / p.cp;
  if (p.remainingKW <= toleranceKW) p.remainingKW = 0;
  return [from, p.frontierC];
}

/** The sink design: every hot portion should be cooled to its low end by cold portions; heaters finish. */
function designSink(
  portions: Portion[],
  deltaTMinK: number,
  originHotC: number | null,
  toleranceKW: number,
): { matches: WorkingMatch[]; utilities: WorkingUtility[] } {
  const hots = portions.filter((p) => p.kind === 'HOT');
  const colds = portions.filter((p) => p.kind === 'COLD');
  const matches: WorkingMatch[] = [];
  const atOrigin = (h: Portion) => originHotC !== null && Math.abs(h.frontierC - originHotC) <= APPROACH_TOLERANCE_K;
  // Most steps tick a stream off; the cap bounds the rest (matches limited by ΔT_min), and so the run time.
  for (let step = 0; step < 3 * portions.length; step++) {
    const pairs = hots
      .filter((h) => h.remainingKW > toleranceKW)
      .flatMap((h) =>
        colds
          .filter((c) => c.remainingKW > toleranceKW)
          .map((c) => ({ h, c, q: feasibleDutyKW(h, c, deltaTMinK) }))
          .filter((pair) => pair.q > toleranceKW),
      );
    if (pairs.length === 0) break;
    const partners = new Map<Portion, number>();
    for (const { h } of pairs) partners.set(h, (partners.get(h) ?? 0) + 1);
    const ticksOff = (p: (typeof pairs)[number]) =>
      p.q >= p.h.remainingKW - toleranceKW || p.q >= p.c.remainingKW - toleranceKW;
    // Hot streams at the pinch first, the one with the fewest possible partners first; then matches that tick a
    // stream off; then the coldest hot stream with the hottest cold stream it can still heat (leaving the
    // colder cold streams to hot streams that need them), larger duty last.
    const rank = (p: (typeof pairs)[number]) => [
      atOrigin(p.h) ? 0 : 1,
      atOrigin(p.h) ? partners.get(p.h)! : 0,
      ticksOff(p) ? 0 : 1,
      p.h.frontierC,
      -p.c.frontierC,
      -p.q,
    ];
    let best = pairs[0];
    let bestRank = rank(best);
    for (const pair of pairs.slice(1)) {
      const r = rank(pair);
      const i = r.findIndex((v, k) => v !== bestRank[k]);
      if (i >= 0 && r[i] < bestRank[i]) [best, bestRank] = [pair, r];
    }
    const [hotOutC, hotInC] = take(best.h, best.q, toleranceKW);
    const [coldInC, coldOutC] = take(best.c, best.q, toleranceKW);
    matches.push({ hot: best.h.name, cold: best.c.name, dutyKW: best.q, hotInC, hotOutC, coldInC, coldOutC });
  }
  const utilities: WorkingUtility[] = [];
  for (const c of colds)
    if (c.remainingKW > toleranceKW)
      utilities.push({ stream: c.name, kind: 'HEATER', dutyKW: c.remainingKW, inC: c.frontierC, outC: c.highC });
  for (const h of hots)
    if (h.remainingKW > toleranceKW)
      utilities.push({ stream: h.name, kind: 'COOLER', dutyKW: h.remainingKW, inC: h.highC, outC: h.frontierC });
  return { matches, utilities };
}

function toMatch(m: WorkingMatch, side: NetworkSide, deltaTMinK: number): ExchangerMatch {
  const hotEndApproachK = m.hotInC - m.coldOutC;
  const coldEndApproachK = m.hotOutC - m.coldInC;
  return {
    hotStream: m.hot,
    coldStream: m.cold,
    dutyKW: m.dutyKW,
    side,
    hotInletTemperatureC: m.hotInC,
    hotOutletTemperatureC: m.hotOutC,
    coldInletTemperatureC: m.coldInC,
    coldOutletTemperatureC: m.coldOutC,
    hotEndApproachK,
    coldEndApproachK,
    respectsDeltaTMin: Math.min(hotEndApproachK, coldEndApproachK) >= deltaTMinK - APPROACH_TOLERANCE_K,
  };
}

/** One region designed from its origin; results back in actual temperatures. */
function designRegion(streams: PinchStream[], region: Region, deltaTMinK: number, toleranceKW: number) {
  const portions = streams.map((s) => portionOf(s, region, deltaTMinK)).filter((p): p is Portion => p !== null);
  const origin = region.fromLowEnd ? region.lowShiftedC : region.highShiftedC;
  const originHotC = region.originIsPinch ? (region.fromLowEnd ? origin : -origin) + deltaTMinK / 2 : null;
  const working = region.fromLowEnd ? portions : portions.map(mirrored);
  const { matches, utilities } = designSink(working, deltaTMinK, originHotC, toleranceKW);
  if (region.fromLowEnd)
    return {
      matches: matches.map((m) => toMatch(m, region.side, deltaTMinK)),
      utilities: utilities.map((u) => toUtility(u, region.side)),
    };
  // Back from the mirror: the working hot stream is the real cold one, temperatures change sign.
  return {
    matches: matches.map((m) =>
      toMatch(
        {
          hot: m.cold,
          cold: m.hot,
          dutyKW: m.dutyKW,
          hotInC: -m.coldInC,
          hotOutC: -m.coldOutC,
          coldInC: -m.hotInC,
          coldOutC: -m.hotOutC,
        },
        region.side,
        deltaTMinK,
      ),
    ),
    utilities: utilities.map((u) =>
      toUtility({ ...u, kind: u.kind === 'HEATER' ? 'COOLER' : 'HEATER', inC: -u.inC, outC: -u.outC }, region.side),
    ),
  };
}

function toUtility(u: WorkingUtility, side: NetworkSide): UtilityExchanger {
  return {
    stream: u.stream,
    kind: u.kind,
    dutyKW: u.dutyKW,
    side,
    inletTemperatureC: u.inC,
    outletTemperatureC: u.outC,
  };
}

export function proposeNetwork(
  streams: PinchStream[],
  deltaTMinK: number,
  targets: { minimumHotUtilityKW: number; minimumColdUtilityKW: number; pinchPoints: PinchPoint[] },
  toleranceKW: number,
): NetworkProposal {
  const regions = regionsOf(targets.pinchPoints, targets.minimumHotUtilityKW, targets.minimumColdUtilityKW);
  const designs = regions.map((region) => designRegion(streams, region, deltaTMinK, toleranceKW));
  const matches = designs.flatMap((d) => d.matches);
  const utilities = designs.flatMap((d) => d.utilities);
  const sum = (items: { dutyKW: number }[]) => items.reduce((total, item) => total + item.dutyKW, 0);
  const hotUtilityKW = sum(utilities.filter((u) => u.kind === 'HEATER'));
  const coldUtilityKW = sum(utilities.filter((u) => u.kind === 'COOLER'));
  const excess = hotUtilityKW - targets.minimumHotUtilityKW;
  // A millionth of the duties: matches are sized in floating point, so the sum may miss the target by rounding.
  const reachesTargets = excess <= 1000 * toleranceKW;
  return {
    matches,
    utilities,
    heatRecoveredKW: sum(matches),
    hotUtilityKW,
    coldUtilityKW,
    reachesTargets,
    utilityExcessKW: reachesTargets ? 0 : excess,
    allMatchesRespectDeltaTMin: matches.every((m) => m.respectsDeltaTMin),
  };
}
