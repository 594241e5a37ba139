/**
 * A worker thread of the analysis pool: runs analysePlant on the inputs it is
 * sent. The unit results go back in chunks, so the main thread takes them in
 * several short turns of its event loop instead of one long one; every JSON
 * text goes as UTF-8 bytes in a transferred buffer (utf8-pack.ts).
 */
import { parentPort } from 'node:worker_threads';
import { analysePlant, type PlantInput, type UnitOutcome } from './plant-analysis';
import { packUtf8 } from './utf8-pack';

/** Units per message back. */
export const UNITS_PER_MESSAGE = 200;

/** A unit's outcome without its JSON, which travels in the chunk's pack. */
export type UnitFigures = Omit<UnitOutcome, 'resultJson' | 'result'>;

parentPort?.on('message', ({ id, input }: { id: number; input: PlantInput }) => {
  try {
    const outcome = analysePlant(input);
    if (!outcome.ok) {
      parentPort?.postMessage({ id, outcome });
      return;
    }
    for (let start = 0; start < outcome.units.length; start += UNITS_PER_MESSAGE) {
      const chunk = outcome.units.slice(start, start + UNITS_PER_MESSAGE);
      const figures: UnitFigures[] = chunk.map(({ resultJson: _, result: __, ...headline }) => headline);
      const results = packUtf8(chunk.map((unit) => unit.resultJson as string));
      parentPort?.postMessage({ id, units: figures, results }, [results.buffer]);
    }
    const { totals, hotspotsJson, integrationOpportunitiesJson, gapAnalysisJson } = outcome.factory;
    const texts = [hotspotsJson, integrationOpportunitiesJson, ...(gapAnalysisJson ? [gapAnalysisJson] : [])];
    const document = packUtf8(texts as string[]);
    parentPort?.postMessage({ id, totals, document }, [document.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
