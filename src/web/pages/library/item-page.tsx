/** One item's page (/library/{id}): from its title to the passage of the post it comes from. */
import type { ItemView } from '../../../core/kb/item-view.js';
import { type IndexedKnowledgeBase, itemSummary, type KbItem } from '../../../core/kb/items.js';
import type { RefusedForm } from '../form-errors.js';
import { LIBRARY_URL } from '../urls.js';
import { DirectionDetails } from './details/direction.js';
import { FitTestDetails } from './details/fit-test.js';
import { ClusterDetails, TopicDetails } from './details/governance.js';
import { PathDetails } from './details/path.js';
import { PrincipleDetails } from './details/principle.js';
import { ResourceDetails } from './details/resource.js';
import { TrackDetails } from './details/track.js';
import { KIND_LABELS } from './kinds.js';
import { PageFrame } from './page-frame.js';
import { LinkList } from './parts.js';

interface DetailsProps {
  ikb: IndexedKnowledgeBase;
  entry: KbItem;
  /** Today, to bound the start date of a claim or a fit test. */
  today: string;
  /** The active experiment started from this item (a claimed topic, a fit test), if any. */
  running?: string | undefined;
  /** A refused claim from this page, shown again with its problem. */
  start?: RefusedForm | undefined;
}

function Details(props: DetailsProps) {
  const { ikb, entry, running, today, start } = props;
  switch (entry.kind) {
    case 'principle':
      return <PrincipleDetails ikb={ikb} principle={entry.item} />;
    case 'path':
      return <PathDetails ikb={ikb} path={entry.item} />;
    case 'direction':
      return <DirectionDetails ikb={ikb} direction={entry.item} />;
    case 'resource':
      return <ResourceDetails resource={entry.item} />;
    case 'cluster':
      return <ClusterDetails ikb={ikb} cluster={entry.item} />;
    case 'topic':
      return <TopicDetails ikb={ikb} topic={entry.item} running={running} today={today} start={start} />;
    case 'track':
      return <TrackDetails ikb={ikb} track={entry.item} />;
    case 'fit-test':
      return <FitTestDetails ikb={ikb} test={entry.item} running={running} today={today} />;
  }
}

/** Where the item comes from in the post, as a link that opens the passage. */
function SourceLink(props: { view: ItemView; sectionId: string }) {
  const { section } = props.view;
  return (
    <p class="source-link" data-testid="source-link">
      From the post:{' '}
      {section ? <a href={section.url}>{section.trail}</a> : <span>section “{props.sectionId}”</span>}
    </p>
  );
}

/** "Links to" and "Linked from": beside the text on a wide screen, after it on a narrow one. */
function CrossLinks(props: { view: ItemView }) {
  const { links, backlinks } = props.view;
  if (links.length === 0 && backlinks.length === 0) return null;
  return (
    <aside class="cross-links" aria-label="Related items">
      {links.length > 0 ? (
        <section aria-labelledby="links-to" data-testid="links-to">
          <h2 id="links-to">Links to</h2>
          <LinkList links={links} />
        </section>
      ) : null}
      {backlinks.length > 0 ? (
        <section aria-labelledby="linked-from" data-testid="linked-from">
          <h2 id="linked-from">Linked from</h2>
          <LinkList links={backlinks} />
        </section>
      ) : null}
    </aside>
  );
}

/** The whole page: header, summary, source, kind-specific details, and links both ways. */
export function ItemPage(props: DetailsProps & { view: ItemView }) {
  const { ikb, entry, view } = props;
  const label = KIND_LABELS[entry.kind];
  return (
    <PageFrame ikb={ikb} title={entry.item.title} current="library">
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <ol>
          <li>
            <a href={LIBRARY_URL}>Library</a>
          </li>
          <li>
            <a href={`${LIBRARY_URL}?kind=${entry.kind}`}>{label.many}</a>
          </li>
        </ol>
      </nav>
      <article class={`item item-${entry.kind}`} data-kind={entry.kind} data-id={entry.item.id}>
        <div class="item-main">
          <header class="item-header">
            <p class="eyebrow">{label.one}</p>
            <h1>{entry.item.title}</h1>
            <p class="item-summary">{itemSummary(entry)}</p>
            <SourceLink view={view} sectionId={entry.item.section} />
            <p class="item-id">
              Id <code>{entry.item.id}</code>
            </p>
          </header>
          <div class="item-details">
            <Details
              ikb={ikb}
              entry={entry}
              today={props.today}
              running={props.running}
              start={props.start}
            />
          </div>
        </div>
        <CrossLinks view={view} />
      </article>
    </PageFrame>
  );
}
