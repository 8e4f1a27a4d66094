/**
 * `lever advise --json` is what scripts and the benchmark run: it must not pay for the renderers or
 * the prompts library, which only the terminal page and the questionnaire use.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modulesLoadedBy } from './module-trace.js';
import { workDir } from './run-lever.js';

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
