/**
 * Loads the compiled knowledge base (dist/kb.json, validated when it was built) for the shells.
 * It deliberately imports no parser or validator: every command pays for what this file imports.
 */
import { readFileSync } from 'node:fs';
import { type IndexedKnowledgeBase, indexKnowledgeBase } from '../core/kb/items.js';
import type { KnowledgeBase } from '../core/kb/schema.js';
import { compiledKbPath } from './project-root.js';

let compiled: IndexedKnowledgeBase | undefined;

/** Reads a compiled JSON file, or explains how to build it. */
export function readCompiled<T>(path: string, what: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${what} has not been built (${path} is missing): run "npm run build" in Lever's folder`);
  }
  return JSON.parse(text) as T;
}

/** The compiled knowledge base, read and indexed once per process. */
export function loadKnowledgeBase(): IndexedKnowledgeBase {
  compiled ??= indexKnowledgeBase(readCompiled<KnowledgeBase>(compiledKbPath(), 'the knowledge base'));
  return compiled;
}
