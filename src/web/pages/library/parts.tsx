/** Small pieces every item page uses: lists of linked items, kind badges, titled sections. */
import type { Child } from 'hono/jsx';
import type { IndexedKnowledgeBase, ItemKind } from '../../../core/kb/items.js';
import type { Resource } from '../../../core/kb/schema.js';
import type { ItemLink } from '../../../core/search/item-links.js';
import { libraryItemUrl } from '../urls.js';
import { KIND_LABELS } from './kinds.js';

/** The kind of an item, as a small label after its link. */
export function KindBadge(props: { kind: ItemKind }) {
  return <span class={`badge kind-badge kind-${props.kind}`}>{KIND_LABELS[props.kind].one}</span>;
}

/** A titled part of a page; renders nothing when it has nothing to show. */
export function Part(props: { title: string; id?: string; when?: boolean; children?: Child }) {
  if (props.when === false) return null;
  const headingId = props.id ?? `part-${props.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section class="item-part" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** "Authors, year": enough to recognise a reading without opening it. */
export function byline(resource: Resource): string {
  const authors = resource.authors.length > 3 ? `${resource.authors[0]} et al.` : resource.authors.join(', ');
  return [authors, resource.year === null ? '' : String(resource.year)].filter((s) => s !== '').join(', ');
}

/** One item as a link to its page; a resource also shows who wrote it and when. */
export function ItemRef(props: { ikb: IndexedKnowledgeBase; id: string }) {
  const entry = props.ikb.byId.get(props.id);
  if (!entry) return <code>{props.id}</code>;
  const by = entry.kind === 'resource' ? byline(entry.item) : '';
  return (
    <>
      <a href={libraryItemUrl(props.id)}>{entry.item.title}</a>
      {by === '' ? null : <span class="byline"> — {by}</span>}
    </>
  );
}

/** The items with these ids, as a list of links (ordered when their order means something). */
export function RefList(props: { ikb: IndexedKnowledgeBase; ids: readonly string[]; ordered?: boolean }) {
  if (props.ids.length === 0) return null;
  const items = props.ids.map((id) => (
    <li>
      <ItemRef ikb={props.ikb} id={id} />
    </li>
  ));
  return props.ordered ? <ol class="ref-list">{items}</ol> : <ul class="ref-list">{items}</ul>;
}

/** Cross-links ("Links to", "Linked from"), each with the kind of item it leads to. */
export function LinkList(props: { links: readonly ItemLink[] }) {
  return (
    <ul class="ref-list">
      {props.links.map((link) => (
        <li>
          <a href={libraryItemUrl(link.id)}>{link.title}</a> <KindBadge kind={link.kind} />
        </li>
      ))}
    </ul>
  );
}

/** A list of plain phrases, e.g. prerequisites or signs of fit. */
export function Bullets(props: { items: readonly string[] }) {
  if (props.items.length === 0) return null;
  return (
    <ul>
      {props.items.map((text) => (
        <li>{text}</li>
      ))}
    </ul>
  );
}
