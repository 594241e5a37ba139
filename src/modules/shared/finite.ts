/**
 * The last guard before a result is stored or served: no NaN or ±Infinity may
 * leave the server. Returns the paths of offending numbers (empty when clean).
 * Clean values (all of them, in practice) are walked once without building a
 * path string per number; the paths are only spelled out for a value that has one.
 */
export function nonFinitePaths(value: unknown): string[] {
  return allFinite(value) ? [] : collectNonFinite(value, '', []);
}

function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(allFinite);
  for (const key of Object.keys(value)) if (!allFinite((value as Record<string, unknown>)[key])) return false;
  return true;
}

function collectNonFinite(value: unknown, path: string, found: string[]): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(path || '(root)');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectNonFinite(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectNonFinite(item, path ? `${path}.${key}` : key, found);
  }
  return found;
}
