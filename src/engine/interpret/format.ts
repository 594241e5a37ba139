/** Number formatting for sentences: one style everywhere (12.3 kW, 4 560 EUR/yr, 41.2 %). */
export function kw(value: number): string {
  return `${value.toFixed(Math.abs(value) >= 100 ? 0 : 1)} kW`;
}

export function eur(value: number): string {
  const rounded = Math.round(value);
  return `${rounded.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} EUR`;
}

export function pct(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(1)} %`;
}

export function years(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(1);
}
