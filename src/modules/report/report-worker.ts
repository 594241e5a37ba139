/** A worker thread that renders one large report (report-renderer.ts) and sends its bytes back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportInput } from './report-data';
import { renderHere, type ReportFormat } from './report-renderer';

const { input, format } = workerData as { input: ReportInput; format: ReportFormat };
renderHere(input, format).then(
  (bytes) => {
    const copy = new Uint8Array(bytes); // its own buffer, handed over without a second copy
    parentPort?.postMessage({ bytes: copy }, [copy.buffer]);
  },
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
