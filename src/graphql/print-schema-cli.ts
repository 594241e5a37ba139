/** Writes schema.graphql (sorted SDL) from the code: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSortedSchema } from './schema';

const target = resolve(__dirname, '../../../schema.graphql');
writeFileSync(target, printSortedSchema());
console.log(`wrote ${target}`);
