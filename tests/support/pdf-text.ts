import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface PdfText {
  pageCount: number;
  info: Record<string, unknown>;
  /** Each page's text, its items joined by single spaces. */
  pages: string[];
}

/** The text of a PDF as pdf.js reads it (a child process: pdfjs-dist is ESM-only). */
export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const dir = mkdtempSync(join(tmpdir(), 'exergylab-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'read-pdf.mjs'), file], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as PdfText;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
