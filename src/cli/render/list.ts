/** `lever list`: the items of one kind, grouped the way the post presents them. */
import type { IndexedKnowledgeBase, ItemKind, KbItem } from '../../core/kb/items.js';
import { sectionTrail } from '../../core/kb/links.js';
import type { Topic } from '../../core/kb/schema.js';
import { PLURALS } from '../kinds.js';
import type { Terminal } from '../terminal.js';
import { blocks, idRow, titleColumn, wrapWith } from './text.js';

interface Group {
  heading: string;
  rows: { id: string; title: string; label?: string }[];
}

const TIER_HEADINGS = {
  primary: 'Primary',
  secondary: 'Secondary',
  overrated: 'Overrated by newcomers',
} as const;

/** Groups items under headings, keeping the first-seen order of both groups and items. */
function groupBy(items: readonly KbItem[], headingOf: (entry: KbItem) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const entry of items) {
    const heading = headingOf(entry);
    let group = groups.get(heading);
    if (!group) {
      group = { heading, rows: [] };
      groups.set(heading, group);
    }
    group.rows.push({ id: entry.item.id, title: entry.item.title });
  }
  return [...groups.values()];
}

/** Items in the order of the post's sections, so groups follow the post. */
function bySectionOrder(indexed: IndexedKnowledgeBase, items: readonly KbItem[]): KbItem[] {
  const order = new Map(indexed.kb.source.sections.map((s, i) => [s.id, i]));
  const rank = (entry: KbItem) => order.get(entry.item.section) ?? order.size;
  return [...items].sort((a, b) => rank(a) - rank(b));
}

function topicGroups(indexed: IndexedKnowledgeBase): Group[] {
  const clusterIds = [
    ...new Set([...indexed.kb.clusters.map((c) => c.id), ...indexed.kb.topics.map((t) => t.cluster)]),
  ];
  return clusterIds
    .map((clusterId) => {
      const title = indexed.byId.get(clusterId)?.item.title ?? clusterId;
      const topics: Topic[] = indexed.kb.topics.filter((t) => t.cluster === clusterId);
      topics.sort((a, b) => a.number - b.number);
      return {
        heading: `${title} (${clusterId})`,
        rows: topics.map((t) => ({ id: t.id, title: t.title, label: `${t.number}.` })),
      };
    })
    .filter((group) => group.rows.length > 0);
}

function groupsFor(indexed: IndexedKnowledgeBase, kind: ItemKind, items: readonly KbItem[]): Group[] {
  const trail = (entry: KbItem) => sectionTrail(indexed.sections, entry.item.section) || entry.item.section;
  switch (kind) {
    case 'direction':
      return groupBy(items, (entry) => (entry.kind === 'direction' ? TIER_HEADINGS[entry.item.tier] : ''));
    case 'topic':
      return topicGroups(indexed);
    case 'principle':
    case 'resource':
      return groupBy(bySectionOrder(indexed, items), trail);
    case 'fit-test':
      return groupBy(items, (entry) => {
        const path = entry.kind === 'fit-test' ? indexed.byId.get(entry.item.path) : undefined;
        return path ? `${path.item.title} (${path.item.id})` : '';
      });
    default:
      return [{ heading: '', rows: items.map((entry) => ({ id: entry.item.id, title: entry.item.title })) }];
  }
}

function renderGroup(term: Terminal, group: Group, column: number): string {
  const rows = group.rows.map((row) => {
    const indent = row.label ? `  ${row.label.padStart(3)} ` : '  ';
    return idRow(term, row.id, row.title, indent, column);
  });
  const heading = group.heading === '' ? [] : [wrapWith(term, term.colors.bold(group.heading), '')];
  return [...heading, ...rows].join('\n');
}

/** The listing page for one kind: a count, then each group with its id and title rows. */
export function renderList(term: Terminal, indexed: IndexedKnowledgeBase, kind: ItemKind): string {
  const items = indexed.items.filter((entry) => entry.kind === kind);
  const plural = PLURALS[kind].replace('-', ' ');
  const header = `${term.colors.bold(`${plural[0]?.toUpperCase()}${plural.slice(1)}`)} (${items.length})`;
  if (items.length === 0) return `${header}\n\nThe knowledge base has no ${plural} yet.`;
  const groups = groupsFor(indexed, kind, items);
  const labelled = groups.some((g) => g.rows.some((row) => row.label));
  const column = titleColumn(
    items.map((entry) => entry.item.id),
    labelled ? 7 : 2,
  );
  const footer = term.colors.dim(`Run "lever show <id>" to read one.`);
  return blocks(header, ...groups.map((group) => renderGroup(term, group, column)), footer);
}
