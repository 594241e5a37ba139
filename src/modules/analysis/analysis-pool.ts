/**
 * A small pool of worker threads for analyses, so a large plant is computed
 * beside the event loop (which keeps answering /healthz and other requests)
 * and two analyses use both cores. Small plants run inline: for a handful of
 * units the message round trip costs more than the computation.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FactoryTotals } from '../../engine/factory';
import type { UnitFigures } from './analysis-worker';
import { analysePlant, type PlantInput, type PlantOutcome, type UnitOutcome } from './plant-analysis';
import { unpackUtf8, type PackedTexts } from './utf8-pack';

/** Plants with fewer units than this are analysed on the calling thread. */
export const INLINE_BELOW_UNITS = 100;

interface Job {
  id: number;
  input: PlantInput;
  /** Unit results received so far (they arrive in chunks before the outcome). */
  units: UnitOutcome[];
  resolve: (outcome: PlantOutcome) => void;
  reject: (error: Error) => void;
}

/** What a worker sends back (analysis-worker.ts): chunks of units, then the plant's figures, a failure or an error. */
type WorkerMessage = { id: number } & (
  | { units: UnitFigures[]; results: PackedTexts }
  | { totals: FactoryTotals; document: PackedTexts }
  | { outcome: Extract<PlantOutcome, { ok: false }> }
  | { error: string }
);

interface Slot {
  worker: Worker;
  job: Job | null;
}

/** The compiled worker script (tests run the TypeScript sources, whose compiled twin is under dist/). */
function workerScript(): string | null {
  const script = __filename.endsWith('.ts')
    ? join(__dirname, '../../../dist/src/modules/analysis/analysis-worker.js')
    : join(__dirname, 'analysis-worker.js');
  return existsSync(script) ? script : null;
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly script: string | null;
  private nextId = 1;
  private closed = false;

  /** `size` worker threads (0 = every analysis inline); they start on first use. */
  constructor(
    readonly size: number,
    private readonly inlineBelow = INLINE_BELOW_UNITS,
  ) {
    this.script = size > 0 ? workerScript() : null;
  }

  /** Worker threads started so far (they start on demand, up to `size`). */
  get threads(): number {
    return this.slots.length;
  }

  /** Analyses waiting for a free worker. */
  get queued(): number {
    return this.queue.length;
  }

  /** Worker threads computing an analysis now. */
  get busy(): number {
    return this.slots.filter((slot) => slot.job).length;
  }

  /** Told how long each analysis took (metrics); the wait for a worker counts. */
  observe: ((seconds: number, thread: 'inline' | 'worker', ok: boolean) => void) | null = null;

  run(input: PlantInput): Promise<PlantOutcome> {
    const started = process.hrtime.bigint();
    const done = (thread: 'inline' | 'worker', ok: boolean) =>
      this.observe?.(Number(process.hrtime.bigint() - started) / 1e9, thread, ok);
    if (!this.script || this.closed || input.units.length < this.inlineBelow) {
      let outcome: PlantOutcome;
      try {
        outcome = analysePlant(input);
      } catch (error) {
        done('inline', false);
        throw error;
      }
      done('inline', outcome.ok);
      return Promise.resolve(outcome);
    }
    return new Promise<PlantOutcome>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, units: [], resolve, reject });
      this.dispatch();
    }).then(
      (outcome) => {
        done('worker', outcome.ok);
        return outcome;
      },
      (error: unknown) => {
        done('worker', false);
        throw error;
      },
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the analysis pool was closed'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.find((s) => !s.job) ?? this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref(); // a busy worker keeps the process alive until it answers
      slot.worker.postMessage({ id: job.id, input: job.input });
    }
  }

  private spawn(): Slot | null {
    if (this.slots.length >= this.size || !this.script) return null;
    const worker = new Worker(this.script);
    worker.unref(); // an idle pool never keeps the process alive
    const slot: Slot = { worker, job: null };
    worker.on('message', (message: WorkerMessage) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      if ('units' in message) {
        const results = unpackUtf8(message.results);
        message.units.forEach((unit, i) => job.units.push({ ...unit, resultJson: results[i] }));
        return;
      }
      slot.job = null;
      slot.worker.unref();
      if ('document' in message) {
        const [hotspotsJson, integrationOpportunitiesJson, gapAnalysisJson = null] = unpackUtf8(message.document);
        const factory = { totals: message.totals, hotspotsJson, integrationOpportunitiesJson, gapAnalysisJson };
        job.resolve({ ok: true, units: job.units, factory });
      } else if ('outcome' in message) job.resolve(message.outcome);
      else job.reject(new Error(`analysis worker failed: ${message.error}`));
      this.dispatch();
    });
    const lost = (reason: string) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.job?.reject(new Error(`analysis worker stopped: ${reason}`));
      slot.job = null;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}
