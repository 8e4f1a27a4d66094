/**
 * CLI start-up benchmark: `lever advise --profile FILE --json` as a whole process (start Node,
 * load the compiled content, validate the profile, advise, print) against bare `node -e 0`, run
 * alternately so both see the same machine load. Target: advise takes at most 3× bare Node.
 * The terminal and Markdown renderings and two journal commands (on a journal of one experiment
 * with three check-ins) are timed too, for context; so are two commands run from the compiled
 * modules without the bundle `lever` runs (scripts/build-cli.ts), to show what bundling saves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PERSONAS } from '../test/personas/personas.js';
import { percentile, printTable } from './stats.js';

const WARMUP_RUNS = 3;
const RUNS = 20;
const TARGET_RATIO = 3;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const leverBin = join(root, 'bin', 'lever.js');
const unbundled = join(root, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'lever-bench-'));
const profile = join(dir, 'profile.json');
// The first persona: a student with every question answered, the common case.
writeFileSync(profile, JSON.stringify(PERSONAS[0]?.profile ?? {}, null, 2));
const env = { ...process.env, NO_COLOR: '1', LEVER_DATA_DIR: join(dir, 'data') };

const commands: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['lever advise --profile FILE --json', [leverBin, 'advise', '--profile', profile, '--json']],
  ['lever advise --profile FILE', [leverBin, 'advise', '--profile', profile]],
  ['lever advise --profile FILE --markdown', [leverBin, 'advise', '--profile', profile, '--markdown']],
  ['lever experiments', [leverBin, 'experiments']],
  ['lever fit', [leverBin, 'fit']],
  ['unbundled: advise --profile FILE --json', [unbundled, 'advise', '--profile', profile, '--json']],
  ['unbundled: experiments', [unbundled, 'experiments']],
];

/** Runs one whole process; fails loudly if it does not succeed. */
function run(args: string[]): string {
  const done = spawnSync(process.execPath, args, { encoding: 'utf8', env });
  if (done.status !== 0) throw new Error(`node ${args.join(' ')} exited ${done.status}: ${done.stderr}`);
  return done.stdout;
}

/** Wall-clock milliseconds of one whole process. */
function runOnce(args: string[]): number {
  const start = process.hrtime.bigint();
  run(args);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// A small journal for the journal commands, so that they read rows and the engine has evidence.
const experimentId = run([
  leverBin,
  'experiment',
  'start',
  'replicate-interpretability-result',
  '--json',
]).match(/"id": "([^"]+)"/)?.[1];
if (experimentId === undefined) throw new Error('could not start the journal experiment');
for (const [progress, enjoyment] of [
  [2, 3],
  [3, 3],
  [3, 4],
]) {
  run([
    leverBin,
    'experiment',
    'log',
    experimentId,
    '--progress',
    String(progress),
    '--enjoyment',
    String(enjoyment),
  ]);
}

for (let i = 0; i < WARMUP_RUNS; i++) for (const [, args] of commands) runOnce(args);
const times = commands.map((): number[] => []);
// Alternate the commands on every round, so a burst of load on the shared machine hits all alike.
for (let round = 0; round < RUNS; round++) {
  for (const [i, [, args]] of commands.entries()) times[i]?.push(runOnce(args));
}
rmSync(dir, { recursive: true, force: true });

const medians = times.map((t) =>
  percentile(
    [...t].sort((a, b) => a - b),
    50,
  ),
);
const baseline = medians[0] ?? Number.NaN;
console.log(
  `CLI start-up: whole processes, Node ${process.version}, ${WARMUP_RUNS} warm-up rounds, ${RUNS} timed rounds alternating the commands\n`,
);
printTable(
  ['command', 'median', 'p90', 'fastest', 'vs node -e 0'],
  commands.map(([name], i) => {
    const sorted = [...(times[i] ?? [])].sort((a, b) => a - b);
    const median = medians[i] ?? Number.NaN;
    return [
      name,
      `${median.toFixed(1)} ms`,
      `${percentile(sorted, 90).toFixed(1)} ms`,
      `${(sorted[0] ?? Number.NaN).toFixed(1)} ms`,
      i === 0 ? '1.00×' : `${(median / baseline).toFixed(2)}×`,
    ];
  }),
);
const ratio = (medians[1] ?? Number.NaN) / baseline;
console.log(
  `\nadvise --json / node -e 0 = ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×): ${ratio <= TARGET_RATIO ? 'meets target' : 'MISSES target'}`,
);
