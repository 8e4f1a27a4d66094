/** A track's page body: its steps in the post's order, each with the resources to use. */
import type { IndexedKnowledgeBase } from '../../../../core/kb/items.js';
import type { Track, TrackStep } from '../../../../core/kb/schema.js';
import { libraryItemUrl } from '../../urls.js';
import { Part, RefList } from '../parts.js';

function Step(props: { ikb: IndexedKnowledgeBase; step: TrackStep }) {
  return (
    <li id={`step-${props.step.id}`}>
      <h3>{props.step.title}</h3>
      <p>{props.step.summary}</p>
      <RefList ikb={props.ikb} ids={props.step.resources} />
    </li>
  );
}

/** Kind and path, then numbered steps (later steps apart), principles and readings. */
export function TrackDetails(props: { ikb: IndexedKnowledgeBase; track: Track }) {
  const { ikb, track } = props;
  const main = track.steps.filter((s) => !s.later);
  const later = track.steps.filter((s) => s.later);
  const pathTitle = track.path ? ikb.byId.get(track.path)?.item.title : undefined;
  return (
    <>
      <dl class="facts">
        <dt>Kind</dt>
        <dd>{track.kind === 'upskilling' ? 'Upskilling' : 'Governance'}</dd>
        {track.path ? (
          <>
            <dt>For the path</dt>
            <dd>
              <a href={libraryItemUrl(track.path)}>{pathTitle ?? track.path}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <Part title="Steps, in order">
        <ol class="steps">
          {main.map((step) => (
            <Step ikb={ikb} step={step} />
          ))}
        </ol>
      </Part>
      <Part title="Later" when={later.length > 0}>
        <ul class="steps">
          {later.map((step) => (
            <Step ikb={ikb} step={step} />
          ))}
        </ul>
      </Part>
      <Part title="Principles" when={track.principles.length > 0}>
        <RefList ikb={ikb} ids={track.principles} />
      </Part>
      <Part title="Readings" when={track.readings.length > 0}>
        <RefList ikb={ikb} ids={track.readings} />
      </Part>
    </>
  );
}
