/**
 * Times one index build in a fresh process, before the JIT has warmed up: what `lever search`
 * pays at start-up. Prints the milliseconds. Run by search.ts, many times over.
 */
import { loadKnowledgeBase } from '../src/content/load-kb.js';
import { buildSearchIndex } from '../src/core/search/search-index.js';
import { timeMs } from './stats.js';

const indexed = loadKnowledgeBase();
console.log(timeMs(() => buildSearchIndex(indexed)).toFixed(3));
