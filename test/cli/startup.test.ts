/**
 * Start-up cost is mostly the modules a command loads. These checks keep the heavy ones (the
 * validation library, the search engine) out of commands that do not need them.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cleanEnv, leverBin, workDir } from './run-lever.js';

/** A module hook that reports every module URL Node resolves, on standard error. */
const TRACE_HOOKS = `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  process.stderr.write('resolved ' + resolved.url + '\\n');
  return resolved;
}`;
const REGISTER = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(TRACE_HOOKS)}`)});`;

function modulesLoadedBy(args: string[]): string[] {
  const run = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, leverBin, ...args],
    { cwd: workDir, env: cleanEnv(), encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  return run.stderr
    .split('\n')
    .filter((line) => line.startsWith('resolved '))
    .map((line) => line.slice('resolved '.length));
}

describe('modules loaded at start-up', () => {
  it.each(
    [['--help'], ['list', 'directions'], ['show', 'arena'], ['kb', '--json']].map(
      (a) => [a.join(' '), a] as const,
    ),
  )('"lever %s" does not load the validation library or the search engine', (_, args) => {
    const modules = modulesLoadedBy(args);
    expect(modules.some((url) => url.includes('/dist/src/cli/main.js'))).toBe(true);
    expect(modules.filter((url) => url.includes('/node_modules/zod/'))).toEqual([]);
    expect(modules.filter((url) => url.includes('/node_modules/minisearch/'))).toEqual([]);
  });

  it('"lever search" loads the search engine but not the validation library', () => {
    const modules = modulesLoadedBy(['search', 'debate']);
    expect(modules.some((url) => url.includes('/node_modules/minisearch/'))).toBe(true);
    expect(modules.filter((url) => url.includes('/node_modules/zod/'))).toEqual([]);
  });
});
