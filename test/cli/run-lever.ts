/** Runs the built `lever` command as a real process, the way a person's shell would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const leverBin = join(projectDir, 'bin', 'lever.js');

/** A fresh empty directory to run in, so nothing depends on the repository being the working directory. */
export const workDir = mkdtempSync(join(tmpdir(), 'lever-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

export interface LeverRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A data directory that never exists, so a command run without its own LEVER_DATA_DIR finds no
 * journal (and `lever advise` gives the plan of the profile alone), whatever the machine holds.
 */
export const noDataDir = join(workDir, 'no-lever-data');

/**
 * The environment without anything that would force or forbid colour or point at someone's real
 * data (LEVER_DATABASE_URL, LEVER_DATA_DIR), plus `env`.
 */
export function cleanEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const name of [
    'NO_COLOR',
    'FORCE_COLOR',
    'LEVER_DEBUG',
    'TERM',
    'LEVER_DATABASE_URL',
    'LEVER_DATA_DIR',
  ]) {
    delete base[name];
  }
  return { ...base, LEVER_DATA_DIR: noDataDir, ...env };
}

/** Runs `lever ...args` with stdout and stderr piped (so not a terminal). */
export function lever(args: readonly string[], env: Record<string, string> = {}): LeverRun {
  const run = spawnSync(process.execPath, [leverBin, ...args], {
    cwd: workDir,
    env: cleanEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs `lever ...args` and parses its standard output as JSON, failing loudly if it is not. */
export function leverJson<T = unknown>(args: readonly string[]): T {
  const run = lever(args);
  if (run.code !== 0) throw new Error(`lever ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

interface CompiledKb {
  resources: { id: string; linkStatus: string }[];
  [kind: string]: unknown;
}

/** The compiled knowledge base the command reads, to pick real ids in tests. */
export function compiledKb(): CompiledKb {
  return JSON.parse(readFileSync(join(projectDir, 'dist', 'kb.json'), 'utf8')) as CompiledKb;
}

/** How every ANSI escape sequence (colour, bold…) starts. */
export const ANSI = '\u001b[';
