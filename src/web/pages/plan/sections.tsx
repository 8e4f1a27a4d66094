/** The plan's lists: research directions, fit tests, readings, cautions and governance topics. */
import { percent, RECOMMENDATION_LABELS, weeksText } from '../../../core/plan/labels.js';
import type { Plan, PlanDirection } from '../../../core/plan/schema.js';
import { EXPERIMENTS_URL, experimentUrl, libraryItemUrl } from '../urls.js';
import { type PrincipleLookup, Why } from './why.js';

interface SectionProps {
  plan: Plan;
  lookup: PrincipleLookup;
}

const RECOMMENDATION_BADGES: Record<PlanDirection['recommendation'], string> = {
  recommended: 'badge good',
  consider: 'badge accent',
  caution: 'badge caution',
};

export function DirectionsSection(props: SectionProps) {
  if (props.plan.directions.length === 0) return null;
  return (
    <section id="directions" aria-labelledby="directions-heading">
      <h2 id="directions-heading">Research directions</h2>
      <ul class="item-list">
        {props.plan.directions.map((direction) => (
          <li>
            <a class="item-title" href={libraryItemUrl(direction.id)}>
              {direction.title}
            </a>
            <div class="meta">
              <span class={RECOMMENDATION_BADGES[direction.recommendation]}>
                {RECOMMENDATION_LABELS[direction.recommendation]}
              </span>
              <span class="badge">{`${direction.tier} tier`}</span>
              <span class="muted">{`fit ${percent(direction.fit)}`}</span>
            </div>
            <ul class="reasons">
              {direction.reasons.map((reason) => (
                <li>
                  {reason.text} <Why principles={[reason.principle]} lookup={props.lookup} inline />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Starts the fit test as an experiment, or leads to it when it is already running. */
function StartFitTest(props: { testId: string; title: string; running: string | undefined }) {
  if (props.running !== undefined) {
    return (
      <p class="start-test">
        <a href={experimentUrl(props.running)}>Running now: log a check-in</a>
      </p>
    );
  }
  return (
    <form class="start-test" method="post" action={EXPERIMENTS_URL}>
      <input type="hidden" name="testId" value={props.testId} />
      <button type="submit" aria-label={`Start this fit test: ${props.title}`}>
        Start this fit test
      </button>
    </form>
  );
}

export function FitTestsSection(props: SectionProps & { running: ReadonlyMap<string, string> }) {
  const { plan } = props;
  if (plan.fitTests.length === 0) return null;
  const pathTitle = (id: string) => plan.paths.find((p) => p.id === id)?.title ?? id;
  return (
    <section id="fit-tests" aria-labelledby="fit-tests-heading">
      <h2 id="fit-tests-heading">Fit tests</h2>
      <p class="measure">
        Short, concrete projects that show how quickly you make progress and whether you enjoy the work:
        faster and surer than more reading.
      </p>
      {plan.fitTests.map((test) => (
        <article class="card">
          <h3>{test.title}</h3>
          <div class="meta">
            <a class="badge accent" href={libraryItemUrl(test.path)}>
              {pathTitle(test.path)}
            </a>
            <span class="badge">{weeksText(test.weeks)}</span>
          </div>
          <p>{test.detail}</p>
          <p class="deliverable">
            <strong>Deliverable:</strong> {test.deliverable}
          </p>
          <p>{test.why}</p>
          <Why principles={[test.principle]} lookup={props.lookup} />
          <StartFitTest testId={test.id} title={test.title} running={props.running.get(test.id)} />
        </article>
      ))}
    </section>
  );
}

export function ReadingSection(props: SectionProps) {
  if (props.plan.readingList.length === 0) return null;
  return (
    <section id="reading" aria-labelledby="reading-heading">
      <h2 id="reading-heading">Reading list</h2>
      <ul class="item-list">
        {props.plan.readingList.map((item) => (
          <li>
            <a class="item-title reading-url" href={item.url}>
              {item.title}
            </a>{' '}
            <a
              class="muted library-link"
              href={libraryItemUrl(item.id)}
              aria-label={`${item.title} in the library`}
            >
              (library)
            </a>
            <p>{item.why}</p>
            <Why principles={[item.principle]} lookup={props.lookup} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A warning sign: the caution label's icon, so cautions stand out without relying on colour. */
function CautionIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2 1 21h22L12 2zm1 15h-2v-2h2v2zm0-4h-2V9h2v4z" />
    </svg>
  );
}

export function CautionsSection(props: SectionProps) {
  if (props.plan.cautions.length === 0) return null;
  return (
    <section id="cautions" aria-labelledby="cautions-heading">
      <h2 id="cautions-heading">Cautions</h2>
      {props.plan.cautions.map((caution) => (
        <div class="callout caution" role="note">
          <p>
            <span class="callout-label">
              <CautionIcon />
              Caution:
            </span>{' '}
            {caution.text}
          </p>
          <Why principles={[caution.principle]} lookup={props.lookup} />
        </div>
      ))}
    </section>
  );
}

/** `titleOf` names the topic's cluster, which the plan gives as a slug. */
export function TopicsSection(props: SectionProps & { titleOf: (id: string) => string }) {
  if (props.plan.governanceTopics.length === 0) return null;
  return (
    <section id="topics" aria-labelledby="topics-heading">
      <h2 id="topics-heading">Governance topics to consider</h2>
      <ul class="item-list">
        {props.plan.governanceTopics.map((topic) => (
          <li>
            <a class="item-title" href={libraryItemUrl(topic.id)}>
              {topic.title}
            </a>
            <div class="meta">
              <a class="badge" href={libraryItemUrl(topic.cluster)}>
                {props.titleOf(topic.cluster)}
              </a>
            </div>
            <p>{topic.why}</p>
            <Why principles={[topic.principle]} lookup={props.lookup} />
          </li>
        ))}
      </ul>
    </section>
  );
}
