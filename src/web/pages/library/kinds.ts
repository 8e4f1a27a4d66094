/** How the web pages name and address knowledge-base items. */
import type { ItemKind } from '../../../core/kb/items.js';

/** Singular and plural labels for each kind of item, as headings and badges show them. */
export const KIND_LABELS: Record<ItemKind, { one: string; many: string }> = {
  principle: { one: 'Principle', many: 'Principles' },
  path: { one: 'Path', many: 'Paths' },
  direction: { one: 'Research direction', many: 'Research directions' },
  resource: { one: 'Resource', many: 'Resources' },
  cluster: { one: 'Topic cluster', many: 'Topic clusters' },
  topic: { one: 'Governance topic', many: 'Governance topics' },
  track: { one: 'Track', many: 'Tracks' },
  'fit-test': { one: 'Fit test', many: 'Fit tests' },
};

/**
 * The order the library lists kinds in when nothing is searched: the broad choices (paths,
 * directions) before the rules and readings that support them.
 */
export const BROWSE_ORDER: readonly ItemKind[] = [
  'path',
  'direction',
  'track',
  'fit-test',
  'cluster',
  'topic',
  'principle',
  'resource',
];
