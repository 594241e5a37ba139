/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF, a field quoted
 * when it holds a comma, a quote, CR or LF (quotes doubled inside). Numbers
 * are written in full (JavaScript's shortest round-trip form, decimal point),
 * so a spreadsheet reads back exactly what the API returns; null is empty.
 */
export type CsvValue = string | number | boolean | null;

export interface CsvColumn<R> {
  /** The header: name and unit, e.g. `exergyDestroyedKW (kW)`. */
  header: string;
  value(row: R): CsvValue;
}

function field(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<R>(columns: CsvColumn<R>[], rows: R[]): string {
  const lines = [columns.map((c) => field(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
