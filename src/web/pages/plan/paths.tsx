/** "Where you fit": the best paths with their reasons and signals, then every path at a glance. */
import { percent, rangeText, SIGNAL_LABELS } from '../../../core/plan/labels.js';
import type { Plan, PlanPath } from '../../../core/plan/schema.js';
import { libraryItemUrl } from '../urls.js';
import { FitBar } from './fit-bar.js';
import { type PrincipleLookup, Why } from './why.js';

/** How many of the best-fitting paths are shown in full. */
export const DETAILED_PATHS = 3;

function PathCard(props: { path: PlanPath; rank: number; lookup: PrincipleLookup }) {
  const { path, lookup } = props;
  return (
    <article class="card path-card" id={`path-${path.id}`} aria-labelledby={`path-${path.id}-title`}>
      <header>
        <h3 id={`path-${path.id}-title`}>
          <a href={libraryItemUrl(path.id)}>{path.title}</a>
        </h3>
        <span class="rank">{`#${props.rank}`}</span>
      </header>
      <FitBar fit={path.fit} range={path.range} label="personal fit" />
      <p class="fit-detail">
        {`Good at it: ${percent(path.good)} · Enjoy it: ${percent(path.enjoy)} · Plausible range: ${rangeText(path.range)}`}
      </p>
      {path.signal ? (
        <div class={`signal signal-${path.signal.kind}`}>
          <p>
            <strong>{`Signal: ${SIGNAL_LABELS[path.signal.kind]}.`}</strong> {path.signal.text}
          </p>
          <Why principles={[path.signal.principle]} lookup={lookup} />
        </div>
      ) : null}
      {path.reasons.length > 0 ? (
        <ul class="reasons" aria-label={`Reasons for ${path.title}`}>
          {path.reasons.map((reason) => (
            <li>
              {reason.text} <Why principles={[reason.principle]} lookup={lookup} inline />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

export function PathsSection(props: { plan: Plan; lookup: PrincipleLookup }) {
  const { plan } = props;
  return (
    <section id="paths" aria-labelledby="paths-heading">
      <h2 id="paths-heading">Where you fit</h2>
      <p class="measure">
        Personal fit combines how good you are likely to be at the work with how much you are likely to enjoy
        it. The light band on each bar is the plausible range: the wider it is, the more a fit test would tell
        you.
      </p>
      {plan.paths.slice(0, DETAILED_PATHS).map((path, index) => (
        <PathCard path={path} rank={index + 1} lookup={props.lookup} />
      ))}
      <h3 id="all-paths-heading">All paths</h3>
      <ol class="all-paths" aria-labelledby="all-paths-heading">
        {plan.paths.map((path) => (
          <li>
            <span>
              <a href={libraryItemUrl(path.id)}>{path.title}</a>
              {path.signal ? (
                <>
                  {' '}
                  <span class="badge">{SIGNAL_LABELS[path.signal.kind]}</span>
                </>
              ) : null}
            </span>
            <FitBar fit={path.fit} range={path.range} label="personal fit" />
          </li>
        ))}
      </ol>
    </section>
  );
}
