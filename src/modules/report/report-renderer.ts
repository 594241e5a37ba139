/**
 * Renders a report as HTML or PDF. A large plant's report takes seconds of CPU (pdfkit lays out every table
 * row; 200 units ≈ 1.5 s), so from LARGE_REPORT_UNITS on it is rendered in a worker thread of its own, at
 * most one per core at a time, and the event loop keeps answering other requests meanwhile.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { reportDataOf, type ReportInput } from './report-data';
import { buildReportDocument } from './report-document';
import { renderReportHtml } from './report-html';
import { renderReportPdf } from './report-pdf';

export type ReportFormat = 'html' | 'pdf';

/** Reports of plants with at least this many units are rendered off the event loop. */
export const LARGE_REPORT_UNITS = 100;

/** Renders on this thread (the worker calls it too). */
export async function renderHere(input: ReportInput, format: ReportFormat): Promise<Buffer> {
  const doc = buildReportDocument(reportDataOf(input));
  return format === 'pdf' ? renderReportPdf(doc) : Buffer.from(renderReportHtml(doc), 'utf8');
}

/** The compiled worker script (tests run the TypeScript sources, whose compiled twin is under dist/). */
function workerScript(): string | null {
  const script = __filename.endsWith('.ts')
    ? join(__dirname, '../../../dist/src/modules/report/report-worker.js')
    : join(__dirname, 'report-worker.js');
  return existsSync(script) ? script : null;
}

const SCRIPT = workerScript();
const MAX_WORKERS = availableParallelism();
let running = 0;
const waiting: (() => void)[] = [];

async function inWorker(input: ReportInput, format: ReportFormat): Promise<Buffer> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      const worker = new Worker(SCRIPT!, { workerData: { input, format } });
      worker.once('message', (message: { bytes?: Uint8Array; error?: string }) => {
        if (message.bytes) resolve(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.length));
        else reject(new Error(`report worker failed: ${message.error}`));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`report worker stopped with exit code ${code}`)));
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export function renderReport(input: ReportInput, format: ReportFormat): Promise<Buffer> {
  return SCRIPT && input.units.length >= LARGE_REPORT_UNITS ? inWorker(input, format) : renderHere(input, format);
}
