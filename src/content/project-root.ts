/** Locates Lever's install directory, whether running from `src/` (tests) or `dist/` (users). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The directory holding Lever's package.json. */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'content'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the Lever installation (no package.json with content/)');
    dir = parent;
  }
  cached = dir;
  return dir;
}

export const contentDir = (): string => join(projectRoot(), 'content');
export const compiledKbPath = (): string => join(projectRoot(), 'dist', 'kb.json');
export const compiledRulesPath = (): string => join(projectRoot(), 'dist', 'rules.json');
