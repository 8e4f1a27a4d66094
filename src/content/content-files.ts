/**
 * Reads the knowledge base's content files (YAML, written and reviewed by people) into one raw
 * document for `parseKnowledgeBase`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The content files, and the top-level key each one holds. */
export const CONTENT_FILES = {
  source: 'source.yaml',
  principles: 'principles.yaml',
  paths: 'paths.yaml',
  directions: 'directions.yaml',
  resources: 'resources.yaml',
  clusters: 'clusters.yaml',
  topics: 'topics.yaml',
  tracks: 'tracks.yaml',
  fitTests: 'fit-tests.yaml',
} as const;

/** Reads every content file in `dir`; throws with the file name if one is missing or not YAML. */
export function readContentDir(dir: string): Record<string, unknown> {
  const raw: Record<string, unknown> = { version: 1 };
  for (const [key, file] of Object.entries(CONTENT_FILES)) {
    const path = join(dir, file);
    let doc: unknown;
    try {
      doc = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    }
    if (doc === null || typeof doc !== 'object' || !(key in doc)) {
      throw new Error(`${file} must have a top-level "${key}:" entry`);
    }
    raw[key] = (doc as Record<string, unknown>)[key];
  }
  return raw;
}
