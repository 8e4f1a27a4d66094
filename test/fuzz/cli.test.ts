/**
 * The real `lever` process against hostile input (cli-cases.ts), in a data directory holding an
 * active and a finished experiment, a claimed topic and an ask. Every case must end with its exit
 * code, say what is wrong on standard error (one message, no stack trace), print nothing on
 * standard output, and leave the data exactly as it was: checked by a read-only dump of the
 * database after each case, and by `lever export` before and after all of them. About 60
 * processes in all, a few at a time.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { workDir } from '../cli/run-lever.js';
import { CLI_CASES, type CliCase, type CliIds } from './cli-cases.js';
import { dumpDataDir, leverAsync } from './cli-runner.js';

const CONCURRENCY = 3;
const dataDir = join(mkdtempSync(join(workDir, 'fuzz-')), 'data');

/** Runs a command that must succeed and parses its JSON output. */
async function leverJson<T>(args: string[]): Promise<T> {
  const run = await leverAsync(args, dataDir);
  if (run.code !== 0) throw new Error(`lever ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** The export document without the moment it was made. */
async function exported(): Promise<unknown> {
  const document = await leverJson<Record<string, unknown>>(['export', '-']);
  const { exportedAt: _, ...rest } = document;
  return rest;
}

/** Signs of a stack trace or of Lever's own files in a message meant for a person. */
const STACK = /\n\s+at \S|node:internal|node_modules|\.[jt]s:\d+:\d+/;

let ids: CliIds;
beforeAll(async () => {
  const active = await leverJson<{ id: string }>([
    'experiment',
    'start',
    'replicate-interpretability-result',
    '--json',
  ]);
  const own = ['experiment', 'start', '--title', 'A memo', '--path', 'policy', '--weeks', '2', '--json'];
  const finished = await leverJson<{ id: string }>(own);
  await leverJson(['experiment', 'finish', finished.id, '--reflection', 'done', '--json']);
  await leverJson(['ask', 'new', '--title', 'Evaluations', '--ask', 'Publish them', '--json']);
  ids = { active: active.id, finished: finished.id, topic: 'global-gpu-tracking' };
}, 60_000);

/** Runs one case in a folder of its own (where its files are) and checks everything but the data. */
async function runCase(index: number, hostile: CliCase, before: unknown): Promise<void> {
  const folder = join(workDir, `case-${index}`);
  mkdirSync(folder, { recursive: true });
  const args = hostile
    .args(ids)
    .map((arg) => (hostile.files && arg in hostile.files ? join(folder, arg) : arg));
  for (const [name, content] of Object.entries(hostile.files ?? {}))
    writeFileSync(join(folder, name), content);
  const run = await leverAsync(args, dataDir, { input: hostile.input });
  const context = `${hostile.name} → exit ${run.code}\n${run.stderr.slice(0, 500)}`;
  expect(hostile.codes, context).toContain(run.code);
  expect(run.stderr, context).not.toMatch(STACK);
  if (run.code !== 0) {
    expect(run.stdout, context).toBe('');
    expect(run.stderr, context).toMatch(/^error: /);
    expect(run.stderr, context).toMatch(hostile.mentions);
  }
  expect(dumpDataDir(dataDir), `${hostile.name} changed the data`).toEqual(before);
}

describe('lever with hostile input', () => {
  it('refuses each case with its exit code and a message, changing nothing', async () => {
    const exportBefore = await exported();
    const before = dumpDataDir(dataDir);
    expect(Object.keys(before)).toContain('experiments');
    let next = 0;
    const worker = async () => {
      while (next < CLI_CASES.length) {
        const index = next++;
        await runCase(index, CLI_CASES[index] as CliCase, before);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(await exported()).toEqual(exportBefore);
  }, 180_000);
});
