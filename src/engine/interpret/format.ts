/**
 * Number formatting for sentences: one style everywhere (12.3 kW, 4 560 EUR,
 * 41.2 %). `missing` is the word for an unknown value in the sentence's
 * language ('n/a' / 'belirsiz'), so Turkish text never carries English.
 */
export function kw(value: number): string {
  return `${value.toFixed(Math.abs(value) >= 100 ? 0 : 1)} kW`;
}

/** Whole euros with a thin-space style thousands separator (space), e.g. 4 560 EUR. */
export function eur(value: number): string {
  const rounded = Math.round(value);
  return `${rounded.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} EUR`;
}

export function pct(value: number | null, missing = 'n/a'): string {
  return value === null ? missing : `${value.toFixed(1)} %`;
}

export function years(value: number | null, missing = 'n/a'): string {
  return value === null ? missing : value.toFixed(1);
}

/** Temperatures in sentences: whole degrees. */
export function degC(value: number): string {
  return `${value.toFixed(0)} °C`;
}

/** Small money amounts (cost rates per hour) with cents, e.g. 3.42 EUR. */
export function eurCents(value: number): string {
  return `${value.toFixed(2)} EUR`;
}
