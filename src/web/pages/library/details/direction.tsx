/** A research direction's page body: tier, strands, readings, where it's done, prerequisites, feedback, critique. */
import type { IndexedKnowledgeBase } from '../../../../core/kb/items.js';
import type { Direction } from '../../../../core/kb/schema.js';
import type { Tier } from '../../../../core/vocabulary.js';
import { Bullets, Part, RefList } from '../parts.js';

/** How each tier reads in a sentence; shared with the field map. */
export const TIER_LABELS: Record<Tier, { title: string; note: string }> = {
  primary: { title: 'Primary', note: 'One of the three directions the post rates most promising.' },
  secondary: { title: 'Secondary', note: 'Important, but less central than the primary three.' },
  overrated: {
    title: 'Overrated by newcomers',
    note: 'The post thinks newcomers tend to overrate it: read the critique before investing.',
  },
};

const FEEDBACK_LABELS = { fast: 'Fast', medium: 'Medium', slow: 'Slow' } as const;

/** The strand's anchor on its direction's page, so the field map can link straight to it. */
export function strandAnchor(strandId: string): string {
  return `strand-${strandId}`;
}

/** Everything the post says about the direction, in the order a newcomer would weigh it. */
export function DirectionDetails(props: { ikb: IndexedKnowledgeBase; direction: Direction }) {
  const { ikb, direction: d } = props;
  const tier = TIER_LABELS[d.tier];
  return (
    <>
      <dl class="facts">
        <dt>Tier</dt>
        <dd>
          <a href={`/map#tier-${d.tier}`}>{tier.title}</a>. {tier.note}
        </dd>
        <dt>Feedback speed</dt>
        <dd>
          {FEEDBACK_LABELS[d.feedbackSpeed]}. {d.feedbackNote}
        </dd>
      </dl>
      <Part title="Strands" when={d.strands.length > 0}>
        {d.strands.map((strand) => (
          <section
            class="strand"
            id={strandAnchor(strand.id)}
            aria-labelledby={`${strandAnchor(strand.id)}-title`}
          >
            <h3 id={`${strandAnchor(strand.id)}-title`}>{strand.title}</h3>
            <p>{strand.summary}</p>
            <RefList ikb={ikb} ids={strand.readings} />
          </section>
        ))}
      </Part>
      <Part title="Key readings" when={d.readings.length > 0}>
        <p class="hint">Most recommended first.</p>
        <RefList ikb={ikb} ids={d.readings} ordered />
      </Part>
      <Part title="Where the work is done">
        <p>{d.whereDone}</p>
      </Part>
      <Part title="Prerequisites">
        <Bullets items={d.prerequisites} />
      </Part>
      {d.critique ? (
        <Part title="Critique">
          <p>{d.critique.summary}</p>
          <RefList ikb={ikb} ids={d.critique.readings} />
        </Part>
      ) : null}
    </>
  );
}
