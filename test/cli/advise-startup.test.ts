/**
 * `lever advise --json` is what scripts and the benchmark run: it must not pay for the renderers or
 * the prompts library, which only the terminal page and the questionnaire use.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('modules loaded by lever advise', () => {
  writeFileSync(join(workDir, 'startup-profile.json'), '{"stage": "student"}');

  it('--json loads the engine, but no renderer, prompt or search code', () => {
    const modules = modulesLoadedBy(['advise', '--profile', 'startup-profile.json', '--json']);
    expect(modules.some((url) => url.endsWith('/dist/src/core/advice/advise.js'))).toBe(true);
    const unneeded = modules.filter((url) =>
      ['/@inquirer/', '/render/', '/markdown', '/questionnaire/', '/minisearch/', '/yaml/'].some((part) =>
        url.includes(part),
      ),
    );
    expect(unneeded).toEqual([]);
  });

  it('the terminal page loads its renderer but not the prompts library', () => {
    const modules = modulesLoadedBy(['advise', '--profile', 'startup-profile.json']);
    expect(modules.some((url) => url.includes('/dist/src/cli/render/plan/'))).toBe(true);
    expect(modules.filter((url) => url.includes('/@inquirer/'))).toEqual([]);
  });
});
