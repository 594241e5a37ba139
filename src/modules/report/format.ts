/** How the report writes numbers (display only: the API and the CSVs carry them in full). */
// one formatter per number of decimals: toLocaleString with options builds a new one on every call
const formatters = new Map<number, Intl.NumberFormat>();
/** A figure for display: `digits` decimals, thousands commas, decimal point; '—' for none. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  let format = formatters.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(digits, format);
  }
  return format.format(value);
}
