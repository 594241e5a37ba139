// Reads a PDF with Mozilla's pdf.js (pdfjs-dist, an ESM-only package, hence this child script) and prints
// JSON: { pageCount, info, pages: [text of each page, its items joined by spaces] }. Usage: node read-pdf.mjs <file>
import { readFileSync } from 'node:fs';

// pdf.js 5+ expects Node 22's Promise.withResolvers; this project runs on Node 20
Promise.withResolvers ??= function withResolvers() {
  let resolve, reject;
  const promise = new this((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
};
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const content = await (await pdf.getPage(n)).getTextContent();
  pages.push(
    content.items
      .map((item) => item.str ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
const { info } = await pdf.getMetadata();
process.stdout.write(JSON.stringify({ pageCount: pdf.numPages, info, pages }));
