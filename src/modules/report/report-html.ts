/**
 * The audit report as one self-contained HTML page (print it, or hand it
 * over), rendered from the report document: tables never split across pages
 * when printed, figures inline as SVG. Pure: the router gathers the data.
 */
import { escapeHtml as e } from './escape';
import type { Block, Cell, Column, ReportDocument } from './report-document';

/** The report's one stylesheet (its CSP admits exactly this text, by hash). */
export const REPORT_CSS = `
body{font-family:"DejaVu Sans",Arial,sans-serif;color:#1f2933;margin:2rem auto;max-width:60rem;line-height:1.45}
h1{font-size:1.8rem;margin:0 0 .3rem}h2{font-size:1.25rem;border-bottom:2px solid #0b7285;padding-bottom:.2rem;margin-top:2rem}
section{break-inside:auto}table{border-collapse:collapse;width:100%;margin:.6rem 0;break-inside:avoid;page-break-inside:avoid}
th,td{border:1px solid #d9e2ec;padding:.25rem .45rem;font-size:.85rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}thead{display:table-header-group}
.banner{background:#fff3bf;border:1px solid #f08c00;padding:.6rem .8rem;margin:1rem 0}
.cover dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}.cover dt{font-weight:bold}
svg{width:100%;height:auto}.muted{color:#616e7c;font-size:.85rem}ul.warnings li{margin:.2rem 0}
@media print{h2{break-after:avoid}.sankey{break-inside:avoid}}
`;

const FIGURE_WIDTH = 900;

function cell(c: Cell): string {
  return c.note ? `${e(c.text)}<br><span class="muted">${e(c.note)}</span>` : e(c.text);
}

function table(columns: Column[], rows: Cell[][]): string {
  const numeric = (i: number) => (columns[i]?.numeric ? ' class="n"' : '');
  const head = columns.map((c, i) => `<th${numeric(i)}>${e(c.label)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric(i)}>${cell(c)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function block(b: Block, listClass: string): string {
  switch (b.kind) {
    case 'subheading':
      return `<h3>${e(b.text)}</h3>`;
    case 'paragraph':
      return `<p${b.muted ? ' class="muted"' : ''}>${e(b.text)}</p>`;
    case 'list':
      return `<ul${listClass}>${b.items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`;
    case 'table':
      return table(b.columns, b.rows);
    case 'figure':
      return b.figure.draw(FIGURE_WIDTH, Math.round(FIGURE_WIDTH * b.figure.aspect));
  }
}

export function renderReportHtml(doc: ReportDocument): string {
  const facts = doc.facts.map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`).join('');
  const parts = [
    `<header class="cover" id="cover"><h1>${e(doc.title)}: ${e(doc.plantName)}</h1>
<p class="muted">${e(doc.subtitle)}</p><dl>${facts}</dl>${doc.description ? `<p>${e(doc.description)}</p>` : ''}</header>`,
  ];
  if (doc.staleBanner) parts.push(`<p class="banner" id="stale">${e(doc.staleBanner)}</p>`);
  for (const section of doc.sections) {
    const listClass = section.id === 'warnings' ? ' class="warnings"' : '';
    const blocks = section.blocks.map((b) => block(b, listClass)).join('');
    parts.push(`<section id="${e(section.id)}"><h2>${e(section.title)}</h2>${blocks}</section>`);
  }
  return `<!doctype html><html lang="${doc.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.title)}: ${e(doc.plantName)}</title><style>${REPORT_CSS}</style></head><body>${parts.join('\n')}</body></html>`;
}
