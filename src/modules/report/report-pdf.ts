/**
 * The audit report as an A4 PDF (pdfkit), rendered from the same report
 * document as the HTML page: a cover with the settings and contents, one
 * bookmark per section, tables that move whole to the next page rather than
 * split (a table longer than a page continues with its header repeated),
 * figures drawn from their SVG by svg-to-pdfkit, and a footer with the plant
 * and page numbers. DejaVu Sans is embedded (subset) so Turkish letters (ş ğ ı
 * İ), CO₂ and arrows print and copy as text.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Block, Cell, Column, Figure, ReportDocument } from './report-document';

const REGULAR = 'DejaVu';
const BOLD = 'DejaVu-Bold';
const ACCENT = '#0b7285';
const INK = '#1f2933';
const MUTED = '#616e7c';
const RULE = '#d9e2ec';
const PAGE = { size: 'A4', margins: { top: 56, bottom: 64, left: 56, right: 56 } } as const;
const TYPE = { body: 9.5, table: 8, note: 7, heading: 14, subheading: 11, footer: 7.5 };
const CELL_PAD = 3;
/** Viewport width the figures' SVG is drawn at: its 11-unit text prints at about 7.6 pt. */
const FIGURE_VIEWPORT = 700;

let fonts: { regular: Buffer; bold: Buffer } | null = null;
/** The font files, read once per process. */
function fontFiles(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

type Pdf = PDFKit.PDFDocument;

export function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    ...PAGE,
    bufferPages: true,
    lang: doc.language === 'tr' ? 'tr-TR' : 'en-GB',
    displayTitle: true,
    info: { Title: `${doc.title}: ${doc.plantName}`, Author: 'ExergyLab', Subject: doc.subtitle, Creator: 'ExergyLab' },
  });
  const { regular, bold } = fontFiles();
  pdf.registerFont(REGULAR, regular);
  pdf.registerFont(BOLD, bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  cover(pdf, doc);
  for (const section of doc.sections) {
    heading(pdf, section.title, section.blocks[0]);
    pdf.outline.addItem(section.title);
    section.blocks.forEach((block, i) => drawBlock(pdf, block, section.blocks[i + 1]));
  }
  footers(pdf, doc);
  pdf.end();
  return done;
}

const left = (pdf: Pdf) => pdf.page.margins.left;
const contentWidth = (pdf: Pdf) => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
const bottom = (pdf: Pdf) => pdf.page.height - pdf.page.margins.bottom;
const fullHeight = (pdf: Pdf) => bottom(pdf) - pdf.page.margins.top;

/** Starts a new page unless `height` points still fit on this one. */
function ensureRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function cover(pdf: Pdf, doc: ReportDocument): void {
  const width = contentWidth(pdf);
  pdf.rect(0, 0, pdf.page.width, 12).fill(ACCENT);
  pdf.y = 120;
  pdf.font(BOLD).fontSize(24).fillColor(ACCENT).text(doc.title, left(pdf), pdf.y, { width });
  pdf.moveDown(0.3).font(BOLD).fontSize(18).fillColor(INK).text(doc.plantName, { width });
  pdf.moveDown(0.3).font(REGULAR).fontSize(TYPE.body).fillColor(MUTED).text(doc.subtitle, { width });
  pdf.moveDown(1.5);
  const termWidth = 170;
  for (const [term, value] of doc.facts) {
    const y = pdf.y;
    const height = Math.max(
      pdf
        .font(BOLD)
        .fontSize(TYPE.body)
        .heightOfString(term, { width: termWidth - 10 }),
      pdf.font(REGULAR).heightOfString(value, { width: width - termWidth }),
    );
    pdf
      .font(BOLD)
      .fillColor(INK)
      .text(term, left(pdf), y, { width: termWidth - 10 });
    pdf.font(REGULAR).text(value, left(pdf) + termWidth, y, { width: width - termWidth });
    pdf.y = y + height + 4;
  }
  if (doc.description) {
    pdf.moveDown(1).font(REGULAR).fontSize(TYPE.body).fillColor(INK).text(doc.description, left(pdf), pdf.y, { width });
  }
  if (doc.staleBanner) banner(pdf, doc.staleBanner);
  pdf.moveDown(2).font(BOLD).fontSize(TYPE.subheading).fillColor(ACCENT).text(doc.labels.contents, left(pdf));
  pdf.moveDown(0.3).font(REGULAR).fontSize(TYPE.body).fillColor(INK);
  doc.sections.forEach((section, index) => pdf.text(`${index + 1}. ${section.title}`, left(pdf), pdf.y, { width }));
  pdf.addPage();
}

function banner(pdf: Pdf, text: string): void {
  const width = contentWidth(pdf);
  pdf.moveDown(1).font(BOLD).fontSize(TYPE.body);
  const height = pdf.heightOfString(text, { width: width - 16 }) + 12;
  ensureRoom(pdf, height);
  const y = pdf.y;
  pdf.rect(left(pdf), y, width, height).fillAndStroke('#fff3bf', '#f08c00');
  pdf.fillColor(INK).text(text, left(pdf) + 8, y + 6, { width: width - 16 });
  pdf.y = y + height;
}

/** Room a block needs to start on this page: a figure or a table that fits a page whole, else a few lines. */
function startHeight(pdf: Pdf, block: Block | undefined): number {
  if (block?.kind === 'figure') return contentWidth(pdf) * block.figure.aspect + 6;
  if (block?.kind === 'table') {
    const { total, headerHeight, heights } = measureTable(pdf, block.columns, block.rows);
    return total <= fullHeight(pdf) ? total : headerHeight + (heights[0] ?? 0);
  }
  return 60;
}

/** Starts a new page unless a title of `height` and the start of the block after it fit here (keep with next). */
function keepWithNext(pdf: Pdf, height: number, next: Block | undefined): void {
  ensureRoom(pdf, height + Math.min(startHeight(pdf, next), fullHeight(pdf) - height - 20));
}

function heading(pdf: Pdf, title: string, next: Block | undefined): void {
  const width = contentWidth(pdf);
  pdf.font(BOLD).fontSize(TYPE.heading);
  const height = pdf.heightOfString(title, { width }) + 24;
  if (pdf.y > pdf.page.margins.top) keepWithNext(pdf, height, next);
  if (pdf.y > pdf.page.margins.top) pdf.y += 14;
  pdf.font(BOLD).fontSize(TYPE.heading).fillColor(ACCENT).text(title, left(pdf), pdf.y, { width });
  const ruleY = pdf.y + 2;
  pdf
    .moveTo(left(pdf), ruleY)
    .lineTo(left(pdf) + width, ruleY)
    .lineWidth(1.2)
    .strokeColor(ACCENT)
    .stroke();
  pdf.y = ruleY + 8;
  pdf.fillColor(INK);
}

function drawBlock(pdf: Pdf, block: Block, next: Block | undefined): void {
  const width = contentWidth(pdf);
  switch (block.kind) {
    case 'subheading':
      pdf.font(BOLD).fontSize(TYPE.subheading);
      keepWithNext(pdf, pdf.heightOfString(block.text, { width }) + 12, next);
      pdf.font(BOLD).fontSize(TYPE.subheading);
      pdf.moveDown(0.4).fillColor(INK).text(block.text, left(pdf), pdf.y, { width });
      pdf.moveDown(0.3);
      return;
    case 'paragraph':
      pdf
        .font(REGULAR)
        .fontSize(block.muted ? TYPE.note + 1 : TYPE.body)
        .fillColor(block.muted ? MUTED : INK)
        .text(block.text, left(pdf), pdf.y, { width, align: 'left' });
      pdf.moveDown(0.5);
      return;
    case 'list':
      pdf.font(REGULAR).fontSize(TYPE.body).fillColor(INK);
      for (const item of block.items) {
        ensureRoom(pdf, pdf.heightOfString(item, { width: width - 12 }));
        const y = pdf.y;
        pdf.text('•', left(pdf), y, { width: 10 });
        pdf.text(item, left(pdf) + 12, y, { width: width - 12 });
        pdf.moveDown(0.2);
      }
      pdf.moveDown(0.3);
      return;
    case 'table':
      drawTable(pdf, block.columns, block.rows);
      return;
    case 'figure':
      drawFigure(pdf, block.figure);
      return;
  }
}

function drawFigure(pdf: Pdf, figure: Figure): void {
  const width = contentWidth(pdf);
  const height = width * figure.aspect;
  ensureRoom(pdf, height + 6);
  const viewport = { width: FIGURE_VIEWPORT, height: Math.round(FIGURE_VIEWPORT * figure.aspect) };
  SVGtoPDF(pdf, figure.draw(viewport.width, viewport.height), left(pdf), pdf.y, {
    width,
    height,
    fontCallback: (_family, bold) => (bold ? BOLD : REGULAR),
  });
  pdf.y += height + 6;
  pdf.font(REGULAR).fontSize(TYPE.body).fillColor(INK);
}

/**
 * Column widths: a number column as wide as its widest value (its header wraps by words), text columns
 * share the rest in proportion to their content.
 */
function columnWidths(pdf: Pdf, columns: Column[], rows: Cell[][]): number[] {
  const total = contentWidth(pdf);
  const natural = columns.map((column, i) => {
    pdf.font(BOLD).fontSize(TYPE.table);
    let widest = Math.max(...column.label.split(/\s+/).map((word) => pdf.widthOfString(word)));
    pdf.font(REGULAR);
    for (const row of rows) widest = Math.max(widest, pdf.widthOfString(row[i]?.text ?? ''));
    return widest + 2 * CELL_PAD + 2;
  });
  const numeric = columns.map((c) => c.numeric === true);
  const widths = natural.map((w, i) => (numeric[i] ? Math.min(w, total / 2) : w));
  const fixed = widths.reduce((sum, w, i) => (numeric[i] ? sum + w : sum), 0);
  const text = widths.reduce((sum, w, i) => (numeric[i] ? sum : sum + w), 0);
  if (text === 0) return widths.map((w) => (w * total) / fixed);
  const free = Math.max(total * 0.25, total - fixed);
  const scale = fixed + free > total ? total / (fixed + free) : 1;
  return widths.map((w, i) => (numeric[i] ? w : (w / text) * free) * scale);
}

function cellHeight(pdf: Pdf, cell: Cell, width: number, header: boolean): number {
  pdf.font(header ? BOLD : REGULAR).fontSize(TYPE.table);
  let height = pdf.heightOfString(cell.text || ' ', { width: width - 2 * CELL_PAD });
  if (cell.note)
    height += pdf
      .font(REGULAR)
      .fontSize(TYPE.note)
      .heightOfString(cell.note, { width: width - 2 * CELL_PAD });
  return height + 2 * CELL_PAD;
}

function drawRow(pdf: Pdf, cells: Cell[], columns: Column[], widths: number[], height: number, header: boolean): void {
  let x = left(pdf);
  const y = pdf.y;
  if (header) pdf.rect(x, y, contentWidth(pdf), height).fill('#e3f2f5');
  cells.forEach((cell, i) => {
    const width = widths[i];
    const align = columns[i]?.numeric ? 'right' : 'left';
    pdf.rect(x, y, width, height).lineWidth(0.5).strokeColor(RULE).stroke();
    pdf
      .font(header ? BOLD : REGULAR)
      .fontSize(TYPE.table)
      .fillColor(INK)
      .text(cell.text, x + CELL_PAD, y + CELL_PAD, { width: width - 2 * CELL_PAD, align });
    if (cell.note) {
      pdf
        .font(REGULAR)
        .fontSize(TYPE.note)
        .fillColor(MUTED)
        .text(cell.note, { width: width - 2 * CELL_PAD, align });
    }
    x += width;
  });
  pdf.y = y + height;
}

type TableLayout = ReturnType<typeof layTableOut>;
// a table is measured once: to keep its heading with it, then to draw it
const layouts = new WeakMap<Cell[][], TableLayout>();
function measureTable(pdf: Pdf, columns: Column[], rows: Cell[][]): TableLayout {
  let layout = layouts.get(rows);
  if (!layout) layouts.set(rows, (layout = layTableOut(pdf, columns, rows)));
  return layout;
}

function layTableOut(pdf: Pdf, columns: Column[], rows: Cell[][]) {
  const widths = columnWidths(pdf, columns, rows);
  const headerCells = columns.map((c) => ({ text: c.label }));
  const rowHeight = (cells: Cell[], header = false) =>
    Math.max(...cells.map((cell, i) => cellHeight(pdf, cell, widths[i], header)));
  const headerHeight = rowHeight(headerCells, true);
  const heights = rows.map((row) => rowHeight(row));
  return { widths, headerCells, headerHeight, heights, total: headerHeight + heights.reduce((a, b) => a + b, 0) };
}

function drawTable(pdf: Pdf, columns: Column[], rows: Cell[][]): void {
  const { widths, headerCells, headerHeight, heights, total } = measureTable(pdf, columns, rows);
  // the whole table on one page when it can be; otherwise it starts here and repeats its header
  if (total <= fullHeight(pdf)) ensureRoom(pdf, total);
  else ensureRoom(pdf, headerHeight + (heights[0] ?? 0));
  drawRow(pdf, headerCells, columns, widths, headerHeight, true);
  rows.forEach((row, i) => {
    if (pdf.y + heights[i] > bottom(pdf)) {
      pdf.addPage();
      drawRow(pdf, headerCells, columns, widths, headerHeight, true);
    }
    drawRow(pdf, row, columns, widths, heights[i], false);
  });
  pdf.y += 8;
  pdf.x = left(pdf);
}

function footers(pdf: Pdf, doc: ReportDocument): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    pdf.switchToPage(index);
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing into the margin must not open a new page
    const y = pdf.page.height - 40;
    const width = contentWidth(pdf);
    pdf.font(REGULAR).fontSize(TYPE.footer).fillColor(MUTED);
    pdf.text(`${doc.plantName} · ${doc.title}`, left(pdf), y, { width: width - 90, lineBreak: false, ellipsis: true });
    pdf.text(`${doc.labels.page} ${index + 1} ${doc.labels.of} ${count}`, left(pdf) + width - 90, y, {
      width: 90,
      align: 'right',
      lineBreak: false,
    });
    pdf.page.margins.bottom = margin;
  }
}
