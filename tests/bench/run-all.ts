// `pnpm bench`: runs every tests/bench/*.bench.ts in its own process (one at a time, so they don't share cores),
// or only those whose names contain the given words: `pnpm bench extraction disputes`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const filters = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((word) => f.includes(word)))
  .sort();

let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, bench)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
console.log(`\n${benches.length - failed}/${benches.length} benchmarks finished; figures in tests/bench/results/.`);
process.exitCode = failed > 0 ? 1 : 0;
