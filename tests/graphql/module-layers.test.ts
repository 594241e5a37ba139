/**
 * Feature modules depend one way only: shared ← pinch ← account ← project ← equipment
 * ← analysis ← scenario ← interpretation ← report ← catalog. A module importing one above it (a cycle in
 * the making) fails here with the file and the import. (pinch is a stateless
 * calculation on shared only, low so that analysis can add a plant's pinch later.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const MODULES = join(__dirname, '../../src/modules');
const LAYERS = [
  'shared',
  'pinch',
  'account',
  'project',
  'equipment',
  'analysis',
  'scenario',
  'interpretation',
  'report',
  'catalog',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

it('lists every feature module in a layer', () => {
  const modules = readdirSync(MODULES).filter((name) => statSync(join(MODULES, name)).isDirectory());
  expect(modules.sort()).toEqual([...LAYERS].sort());
});

it('no module imports a module of a higher layer', () => {
  const violations: string[] = [];
  for (const file of filesUnder(MODULES)) {
    const own = relative(MODULES, file).split('/')[0];
    for (const match of readFileSync(file, 'utf8').matchAll(/from '\.\.\/([a-z-]+)\//g)) {
      const target = match[1];
      if (LAYERS.indexOf(target) > LAYERS.indexOf(own)) violations.push(`${relative(MODULES, file)} → ${target}`);
    }
  }
  expect(violations).toEqual([]);
});
