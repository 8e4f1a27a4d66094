/**
 * "Why": the principle an item applies, linked to its library page and to the passage of the
 * post it comes from, so every recommendation can be checked against the source.
 */
import type { PrincipleRef } from '../../../core/plan/schema.js';
import { libraryItemUrl } from '../urls.js';

/** Finds a principle the plan cites, by id. */
export type PrincipleLookup = (id: string) => PrincipleRef | undefined;

function PrincipleLinks(props: { id: string; lookup: PrincipleLookup }) {
  const ref = props.lookup(props.id);
  if (!ref) return <a href={libraryItemUrl(props.id)}>{props.id}</a>;
  return (
    <>
      <a href={libraryItemUrl(ref.id)}>{ref.title}</a>{' '}
      <span class="section-link">
        (<a href={ref.url}>{`from the post: ${ref.section}`}</a>)
      </span>
    </>
  );
}

/** A "Why:" line for one or more principles; `inline` puts it inside a sentence or list item. */
export function Why(props: { principles: readonly string[]; lookup: PrincipleLookup; inline?: boolean }) {
  const links = props.principles.map((id, index) => (
    <>
      {index > 0 ? '; ' : null}
      <PrincipleLinks id={id} lookup={props.lookup} />
    </>
  ));
  const content = (
    <>
      <span class="why-label">Why:</span> {links}
    </>
  );
  return props.inline ? <span class="why">{content}</span> : <p class="why">{content}</p>;
}
