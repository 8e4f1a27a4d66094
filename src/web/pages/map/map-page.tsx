/** The field map (/map): the whole field the post describes on one page, every node a link. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import { PageFrame } from '../library/page-frame.js';
import { LIBRARY_URL } from '../urls.js';
import { DirectionsMap } from './directions-map.js';
import { TopicsMap, TracksMap } from './governance-map.js';

/** Directions by tier, then the tracks, then the governance topics by cluster. */
export function MapPage(props: { ikb: IndexedKnowledgeBase }) {
  return (
    <PageFrame ikb={props.ikb} title="Field map" current="map">
      <div class="page-header">
        <h1>Field map</h1>
        <p class="lede">
          The research directions the post discusses, ranked in three tiers, the tracks it lays out, and the
          governance topics it wants experts on. Every name opens its page in the{' '}
          <a href={LIBRARY_URL}>library</a>.
        </p>
      </div>
      <nav class="map-toc" aria-label="On this page">
        <ol>
          <li>
            <a href="#tier-primary">Primary directions</a>
          </li>
          <li>
            <a href="#tier-secondary">Secondary directions</a>
          </li>
          <li>
            <a href="#tier-overrated">Overrated by newcomers</a>
          </li>
          <li>
            <a href="#map-tracks-title">Tracks</a>
          </li>
          <li>
            <a href="#map-topics-title">Governance topics</a>
          </li>
        </ol>
      </nav>
      <DirectionsMap ikb={props.ikb} />
      <TracksMap ikb={props.ikb} />
      <TopicsMap ikb={props.ikb} />
    </PageFrame>
  );
}
