/**
 * The demo reports the README links to (docs/demo-plant-report*.pdf) are what the server makes today: each one
 * regenerated as `npm run report:demo` does reads, page by page, exactly as the committed file — apart from the
 * run's id and time. After a change to the report or the demo plant this fails until `npm run report:demo` is run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoReports, DEMO_REPORTS } from '../../src/db/demo-report-cli';
import { pdfText } from '../support/pdf-text';

const DOCS = join(__dirname, '../../docs');
/** A run's id and its time (on the cover and in the PDF's subject) differ between two generations. */
const normalised = (text: string) =>
  text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/g, '<time>');

let fresh: Awaited<ReturnType<typeof demoReports>>;
beforeAll(async () => {
  fresh = await demoReports();
});

it.each(['en', 'tr'] as const)('docs/%s demo report is current', async (lang) => {
  const committed = await pdfText(readFileSync(join(DOCS, DEMO_REPORTS[lang])));
  const now = await pdfText(fresh[lang]);
  expect(committed.pageCount).toBe(now.pageCount);
  expect(committed.pages.map(normalised)).toEqual(now.pages.map(normalised));
  expect(committed.pages[0]).toContain('Demo dairy plant');
  expect(committed.pageCount).toBeGreaterThanOrEqual(5);
});
