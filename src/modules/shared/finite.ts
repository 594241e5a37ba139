/**
 * The last guard before a result is stored or served: no NaN or ±Infinity may
 * leave the server. Returns the paths of offending numbers (empty when clean).
 */
export function nonFinitePaths(value: unknown, path = '', found: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(path || '(root)');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nonFinitePaths(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nonFinitePaths(item, path ? `${path}.${key}` : key, found);
  }
  return found;
}
