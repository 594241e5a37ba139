/**
 * A worker thread of the analysis pool: runs analysePlant on the inputs it is
 * sent. The unit results go back in chunks: the main thread then decodes them
 * in several short turns of its event loop instead of one long one.
 */
import { parentPort } from 'node:worker_threads';
import { analysePlant, type PlantInput } from './plant-analysis';

/** Units per message back. */
export const UNITS_PER_MESSAGE = 200;

parentPort?.on('message', ({ id, input }: { id: number; input: PlantInput }) => {
  try {
    const outcome = analysePlant(input);
    if (outcome.ok) {
      for (let start = 0; start < outcome.units.length; start += UNITS_PER_MESSAGE) {
        parentPort?.postMessage({ id, units: outcome.units.slice(start, start + UNITS_PER_MESSAGE) });
      }
      parentPort?.postMessage({ id, outcome: { ...outcome, units: [] } });
    } else {
      parentPort?.postMessage({ id, outcome });
    }
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
