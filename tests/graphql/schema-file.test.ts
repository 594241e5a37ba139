/** schema.graphql is what the code builds (sorted). Regenerate with `npm run schema`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSortedSchema } from '../../src/graphql/schema';

it('schema.graphql equals the schema the code builds', () => {
  const committed = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');
  expect(committed).toBe(printSortedSchema());
});

it('every numeric field of every object type says its unit or meaning', () => {
  const undocumented: string[] = [];
  const sdl = printSortedSchema();
  const blocks = sdl.split(/\n(?=type |input |enum |union |interface |scalar )/);
  for (const block of blocks.filter((b) => b.startsWith('type '))) {
    const typeName = block.split(/\s/)[1];
    const lines = block.split('\n');
    lines.forEach((line, index) => {
      const match = /^\s+(\w+)(\(.*\))?: Float/.exec(line);
      if (match && !/"""|"/.test(lines[index - 1] ?? '')) undocumented.push(`${typeName}.${match[1]}`);
    });
  }
  expect(undocumented).toEqual([]);
});
