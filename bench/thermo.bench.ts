/**
 * Throughput of the IF97 core: (p, T) → (h, s) evaluations per second in
 * regions 1 and 2, and the cost of a (p, h) → T solve. Target (issue 3):
 * ≥ 1 million region-1/2 evaluations per second on one core.
 */
import { waterStatePH, waterStatePT } from '../src/engine/thermo';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

function perSecond(work: (i: number) => number, iterations: number): number {
  let sink = 0;
  for (let i = 0; i < Math.min(iterations, 20000); i++) sink += work(i); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink += work(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!Number.isFinite(sink)) throw new Error('non-finite result');
  return iterations / seconds;
}

export function run(): BenchResult[] {
  const n = 1_000_000;
  const region1 = perSecond((i) => {
    const s = waterStatePT(1 + (i % 50), 300 + (i % 150));
    return s.enthalpyKJPerKg + s.entropyKJPerKgK;
  }, n);
  const region2 = perSecond((i) => {
    const s = waterStatePT(0.01 + (i % 50) * 0.01, 500 + (i % 400));
    return s.enthalpyKJPerKg + s.entropyKJPerKgK;
  }, n);
  const solves = perSecond((i) => waterStatePH(1 + (i % 10), 300 + (i % 3000)).temperatureK, 100_000);
  return [
    { name: 'IF97 region 1 (p,T)→(h,s)', value: region1, unit: 'evaluations/s' },
    { name: 'IF97 region 2 (p,T)→(h,s)', value: region2, unit: 'evaluations/s' },
    { name: 'IF97 (p,h)→T solve', value: 1e6 / solves, unit: 'µs/solve' },
  ];
}
