/** Runs every benchmark module (bench/*.bench.js in the build) and prints its results: `npm run bench`. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

interface BenchModule {
  run(): { name: string; value: number; unit: string }[] | Promise<{ name: string; value: number; unit: string }[]>;
}

async function main(): Promise<void> {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js'))
    .sort();
  for (const file of files) {
    const bench = (await import(join(__dirname, file))) as BenchModule;
    for (const result of await bench.run()) {
      const value = result.value >= 100 ? Math.round(result.value).toLocaleString('en-US') : result.value.toFixed(3);
      console.log(
        `${file.replace('.bench.js', '').padEnd(10)} ${result.name.padEnd(34)} ${value.padStart(14)} ${result.unit}`,
      );
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
