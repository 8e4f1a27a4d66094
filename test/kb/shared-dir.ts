/**
 * The shared folder beside the repository holds the post's text (seed/) and the reference list
 * of its citations (reference/citations.json). The content tests check the knowledge base
 * against them, so a missing folder is a failure, never a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../src/content/project-root.js';

export const CITATIONS_FILE = 'reference/citations.json';
export const POST_FILE = 'seed/agi-safety-career-advice.txt';

/** `LEVER_SHARED_DIR`, or else the `shared` folder next to the repository. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.LEVER_SHARED_DIR ?? join(projectRoot(), '..', 'shared'));
}

/** Reads a file of the shared folder; throws saying where it looked and how to point elsewhere. */
export function readSharedFile(relative: string, dir: string = sharedDir()): string {
  const path = join(dir, relative);
  if (!existsSync(path)) {
    throw new Error(
      `cannot find ${relative}: looked for ${path}. Set LEVER_SHARED_DIR to the folder that holds ` +
        `${CITATIONS_FILE} and seed/ (by default, the "shared" folder next to the repository).`,
    );
  }
  return readFileSync(path, 'utf8');
}
