/** The tracks as step-by-step sequences, and the 24 governance topics in their three clusters. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import type { Track } from '../../../core/kb/schema.js';
import { topicsOf } from '../library/details/governance.js';
import { libraryItemUrl } from '../urls.js';

function TrackRow(props: { track: Track }) {
  const { track } = props;
  const main = track.steps.filter((step) => !step.later);
  return (
    <article class="map-track" data-id={track.id} aria-labelledby={`map-${track.id}-title`}>
      <h3 id={`map-${track.id}-title`}>
        <a href={libraryItemUrl(track.id)}>{track.title}</a>
      </h3>
      <ol class="track-steps">
        {main.map((step, i) => (
          <li>
            <a href={`${libraryItemUrl(track.id)}#step-${step.id}`}>{step.title}</a>
            {/* Decoration: the list's order and numbers already say "then". */}
            {i < main.length - 1 ? (
              <span class="step-arrow" aria-hidden="true">
                →
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </article>
  );
}

/** Every track, the upskilling one first: the post's order of what to do. */
export function TracksMap(props: { ikb: IndexedKnowledgeBase }) {
  const tracks = [...props.ikb.kb.tracks].sort(
    (a, b) => Number(a.kind === 'governance') - Number(b.kind === 'governance'),
  );
  return (
    <section class="map-part" aria-labelledby="map-tracks-title" data-testid="map-tracks">
      <h2 id="map-tracks-title">Tracks</h2>
      <p>The sequences of steps the post lays out, for alignment research and for governance work.</p>
      {tracks.map((track) => (
        <TrackRow track={track} />
      ))}
    </section>
  );
}

/** The three clusters side by side, each with its topics numbered as in the post. */
export function TopicsMap(props: { ikb: IndexedKnowledgeBase }) {
  const { ikb } = props;
  return (
    <section class="map-part" aria-labelledby="map-topics-title" data-testid="map-topics">
      <h2 id="map-topics-title">Governance topics</h2>
      <p>
        The {ikb.kb.topics.length} questions on which the post wishes someone would become the world expert,
        in its three clusters.
      </p>
      <div class="clusters">
        {ikb.kb.clusters.map((cluster) => (
          <section
            class={`cluster cluster-${cluster.id}`}
            id={`cluster-${cluster.id}`}
            aria-labelledby={`cluster-${cluster.id}-title`}
            data-testid={`map-cluster-${cluster.id}`}
          >
            <h3 id={`cluster-${cluster.id}-title`}>
              <a href={libraryItemUrl(cluster.id)}>{cluster.title}</a>
            </h3>
            <ol class="topic-list">
              {topicsOf(ikb, cluster.id).map((topic) => (
                <li value={topic.number} data-id={topic.id}>
                  <a href={libraryItemUrl(topic.id)}>{topic.title}</a>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
