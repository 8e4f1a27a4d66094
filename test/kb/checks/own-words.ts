/**
 * Lever's text must be in its own words: no run of ten or more consecutive words copied from the
 * post. Names may match (resource titles, how the post mentions a work, topic titles), so those
 * fields are left out; everything else a reader sees is checked.
 */
import { allItems, type ItemKind } from '../../../src/core/kb/items.js';
import type { KnowledgeBase } from '../../../src/core/kb/schema.js';

export const MIN_COPIED_WORDS = 10;

/** A piece of Lever's text and where it lives, e.g. "principle:mentorship-first.summary". */
export interface TextField {
  where: string;
  text: string;
}

/** A run of words shared with the post. */
export interface CopiedRun {
  where: string;
  run: string;
}

/** Fields that hold names or links rather than Lever's prose. */
const NAME_FIELDS: Partial<Record<ItemKind, readonly string[]>> = {
  resource: ['title', 'mention', 'authors', 'venue', 'url', 'altUrls', 'citation'],
  topic: ['title'],
};

/** Lowercase words without punctuation; apostrophes (straight or curly) vanish, so "don’t" is "dont". */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function collect(value: unknown, where: string, out: TextField[]): void {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      collect(v, `${where}[${i}]`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) collect(v, `${where}.${key}`, out);
  }
}

/** Every prose field of the knowledge base: item fields except names, and section titles and summaries. */
export function kbTextFields(kb: KnowledgeBase): TextField[] {
  const out: TextField[] = [];
  for (const section of kb.source.sections) {
    out.push({ where: `section:${section.id}.title`, text: section.title });
    out.push({ where: `section:${section.id}.summary`, text: section.summary });
  }
  for (const { kind, item } of allItems(kb)) {
    const skipped = NAME_FIELDS[kind] ?? [];
    for (const [key, value] of Object.entries(item)) {
      if (!skipped.includes(key)) collect(value, `${kind}:${item.id}.${key}`, out);
    }
  }
  return out;
}

/** Every string of the rule table (as parsed from YAML), located by rule id. */
export function ruleTextFields(table: unknown): TextField[] {
  const out: TextField[] = [];
  const rules = (table as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) return out;
  rules.forEach((rule: unknown, i) => {
    const id = (rule as { id?: unknown } | null)?.id;
    collect(rule, `rule:${typeof id === 'string' ? id : `#${i}`}`, out);
  });
  return out;
}

/** Every longest run of at least `size` words that a field shares with the post. */
export function copiedRuns(fields: readonly TextField[], post: string, size = MIN_COPIED_WORDS): CopiedRun[] {
  const postWords = words(post);
  const shingles = new Set<string>();
  for (let i = 0; i + size <= postWords.length; i++) shingles.add(postWords.slice(i, i + size).join(' '));
  const runs: CopiedRun[] = [];
  for (const { where, text } of fields) {
    const w = words(text);
    let start = -1;
    // One step past the last window, so that a run reaching the end of the text is closed too.
    for (let i = 0; i <= w.length - size + 1; i++) {
      const hit = i + size <= w.length && shingles.has(w.slice(i, i + size).join(' '));
      if (hit && start === -1) start = i;
      if (!hit && start !== -1) {
        runs.push({ where, run: w.slice(start, i - 1 + size).join(' ') });
        start = -1;
      }
    }
  }
  return runs;
}
