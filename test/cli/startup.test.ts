/**
 * Start-up cost is mostly the modules a command loads. `lever` runs a bundle, so a command opens
 * a few chunk files rather than hundreds of modules; these checks keep it that way, and keep the
 * heavy packages (the validation library, the search engine) out of commands that do not need them.
 */
import { describe, expect, it } from 'vitest';
import { filesResolvedBy, modulesLoadedBy } from './module-trace.js';

describe('modules loaded at start-up', () => {
  it.each(
    [
      ['--help'],
      ['list', 'directions'],
      ['show', 'arena'],
      ['kb', '--json'],
      ['tests', '--path', 'policy'],
    ].map((a) => [a.join(' '), a] as const),
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

  it('opens only bundle chunks and the database driver kept outside the bundle', () => {
    const files = filesResolvedBy(['experiments']);
    const packages = new Set(
      files.flatMap((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []),
    );
    expect([...packages]).toEqual(['better-sqlite3']);
    expect(files.filter((url) => url.includes('/dist/src/'))).toEqual([]);
    expect(files.some((url) => url.endsWith('/dist/cli/main.js'))).toBe(true);
  });
});
