/**
 * Runs every benchmark in turn, each in its own Node process so that one benchmark's warmed-up
 * code and heap do not flatter the next. Add new benchmarks to BENCHMARKS.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The compiled benchmark scripts, beside this file, in the order they run. */
const BENCHMARKS = [
  'search.js',
  'advice.js',
  'cli-startup.js',
  'page-weight.js',
  'plan-interactive.js',
  'advice-http.js',
  'load.js',
  'journal-scale.js',
];

const here = dirname(fileURLToPath(import.meta.url));
let failed = 0;
for (const script of BENCHMARKS) {
  console.log(`\n=== ${script.replace(/\.js$/, '')} ===\n`);
  const run = spawnSync(process.execPath, [join(here, script)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`${script} failed (exit code ${run.status ?? run.signal})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
