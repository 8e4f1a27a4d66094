/** The research directions as three columns, one per tier, each direction with strands and key readings. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import type { Direction } from '../../../core/kb/schema.js';
import { TIERS, type Tier } from '../../../core/vocabulary.js';
import { strandAnchor, TIER_LABELS } from '../library/details/direction.js';
import { ItemRef } from '../library/parts.js';
import { libraryItemUrl } from '../urls.js';

/** Enough readings to start from; the direction's page lists them all. */
const READINGS_SHOWN = 3;

function DirectionNode(props: { ikb: IndexedKnowledgeBase; direction: Direction }) {
  const { ikb, direction: d } = props;
  const base = `map-${d.id}`;
  return (
    <article class="map-node" data-id={d.id} aria-labelledby={`${base}-title`}>
      <h4 id={`${base}-title`}>
        <a href={libraryItemUrl(d.id)}>{d.title}</a>
      </h4>
      <p class="node-meta">Feedback: {d.feedbackSpeed}</p>
      {d.strands.length > 0 ? (
        <>
          <p class="node-label" id={`${base}-strands`}>
            Strands
          </p>
          <ul aria-labelledby={`${base}-strands`}>
            {d.strands.map((strand) => (
              <li>
                <a href={`${libraryItemUrl(d.id)}#${strandAnchor(strand.id)}`}>{strand.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.readings.length > 0 ? (
        <>
          <p class="node-label" id={`${base}-readings`}>
            Key readings
          </p>
          <ol aria-labelledby={`${base}-readings`}>
            {d.readings.slice(0, READINGS_SHOWN).map((id) => (
              <li>
                <ItemRef ikb={ikb} id={id} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </article>
  );
}

function TierColumn(props: { ikb: IndexedKnowledgeBase; tier: Tier }) {
  const { ikb, tier } = props;
  const directions = ikb.kb.directions.filter((d) => d.tier === tier);
  return (
    <section
      class={`tier tier-${tier}`}
      id={`tier-${tier}`}
      aria-labelledby={`tier-${tier}-title`}
      data-testid={`map-tier-${tier}`}
    >
      <h3 id={`tier-${tier}-title`}>
        {TIER_LABELS[tier].title} <span class="count">({directions.length})</span>
      </h3>
      <p class="tier-note">{TIER_LABELS[tier].note}</p>
      {directions.map((direction) => (
        <DirectionNode ikb={ikb} direction={direction} />
      ))}
    </section>
  );
}

/** Primary, secondary and overrated-by-newcomers directions side by side (stacked on a phone). */
export function DirectionsMap(props: { ikb: IndexedKnowledgeBase }) {
  return (
    <section class="map-part" aria-labelledby="map-directions-title" data-testid="map-directions">
      <h2 id="map-directions-title">Research directions</h2>
      <div class="tiers">
        {TIERS.map((tier) => (
          <TierColumn ikb={props.ikb} tier={tier} />
        ))}
      </div>
    </section>
  );
}
