/** A worker thread of the analysis pool: runs analysePlant on the inputs it is sent. */
import { parentPort } from 'node:worker_threads';
import { analysePlant, type PlantInput } from './plant-analysis';

parentPort?.on('message', ({ id, input }: { id: number; input: PlantInput }) => {
  try {
    parentPort?.postMessage({ id, outcome: analysePlant(input) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
