/** Which modules a `lever` command loads: start-up cost is mostly modules, so tests watch them. */
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { cleanEnv, leverBin, workDir } from './run-lever.js';

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
 * returns the URL of every module it resolved.
 */
export function modulesLoadedBy(args: string[], env: Record<string, string> = {}): string[] {
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
