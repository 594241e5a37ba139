/**
 * The last guard before a result is stored or served: no NaN or ±Infinity may
 * leave the server. Returns the paths of offending numbers (empty when clean).
 */
export function nonFinitePaths(value: unknown): string[] {
  // the paths are only spelled out for a value that has one: building them for every clean result cost an analysis
  // a tenth of its time
  return hasNonFinite(value) ? collectPaths(value, '', []) : [];
}

function hasNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const item of value) if (hasNonFinite(item)) return true;
    return false;
  }
  // for…in allocates no key array (results are plain objects: no inherited enumerable keys)
  for (const key in value) if (hasNonFinite((value as Record<string, unknown>)[key])) return true;
  return false;
}

function collectPaths(value: unknown, path: string, found: string[]): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(path || '(root)');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectPaths(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectPaths(item, path ? `${path}.${key}` : key, found);
  }
  return found;
}
