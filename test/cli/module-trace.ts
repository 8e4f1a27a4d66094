/**
 * Which modules a `lever` command loads: start-up cost is mostly modules, so tests watch them.
 * `lever` runs a bundle split into chunks (scripts/build-cli.ts); the build's metafile says which
 * compiled modules and packages each chunk holds, so a loaded chunk stands for all of them, and
 * the tests can name modules as they are in the source tree.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { cleanEnv, leverBin, projectDir, workDir } from './run-lever.js';

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

let metafile: Metafile | undefined;

/** The URLs of the modules bundled into the chunk at `url`; any other URL as it is. */
function modulesIn(url: string): string[] {
  if (!url.startsWith('file:')) return [url];
  metafile ??= JSON.parse(readFileSync(join(projectDir, 'dist', 'cli', 'meta.json'), 'utf8')) as Metafile;
  const output = metafile.outputs[relative(projectDir, fileURLToPath(url)).split('\\').join('/')];
  if (!output) return [url];
  return [url, ...Object.keys(output.inputs).map((input) => pathToFileURL(join(projectDir, input)).href)];
}

/** A module hook that reports every module URL Node resolves, on standard error. */
const TRACE_HOOKS = `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  process.stderr.write('resolved ' + resolved.url + '\\n');
  return resolved;
}`;
const REGISTER = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(TRACE_HOOKS)}`)});`;

/**
 * Runs `lever ARGS` in the test work directory (with `env` added to a clean environment) and
 * returns the URL of every file Node resolved: chunks of the bundle and the packages outside it.
 */
export function filesResolvedBy(args: string[], env: Record<string, string> = {}): string[] {
  const run = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, leverBin, ...args],
    { cwd: workDir, env: cleanEnv(env), encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  return run.stderr
    .split('\n')
    .filter((line) => line.startsWith('resolved '))
    .map((line) => line.slice('resolved '.length));
}

/**
 * The URL of every module `lever ARGS` loads (see filesResolvedBy): each chunk of the bundle with
 * the modules bundled into it, and the packages left outside the bundle.
 */
export function modulesLoadedBy(args: string[], env: Record<string, string> = {}): string[] {
  return filesResolvedBy(args, env).flatMap(modulesIn);
}
