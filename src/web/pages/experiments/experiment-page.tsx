/**
 * One experiment (/experiments/:id): what to deliver and, for a catalogue test, the signs it is
 * going well and what to note at each check-in; every check-in in a table; and the forms to log
 * another and to finish it with a reflection. A claimed topic links to its six-month timeline.
 */

import type { Experiment } from '../../../core/journal/schema.js';
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import type { Source } from '../../../core/kb/schema.js';
import type { FormFields } from '../form-data.js';
import type { FieldErrors } from '../form-errors.js';
import { Layout } from '../layout.js';
import { Bullets, RefList } from '../library/parts.js';
import { deleteExperimentUrl, EXPERIMENTS_URL, expertiseUrl, libraryItemUrl } from '../urls.js';
import { CheckInForm } from './check-in-form.js';
import { CheckInTable } from './check-in-table.js';
import { FinishForm } from './finish-form.js';
import { checkInCount, DoneNotice, PathBadge, ProblemNotice } from './parts.js';
import type { Done } from './return-to.js';
import { daysLeftText, experimentTiming, weekText } from './timing.js';

/** A refused post on this page: which form, what was typed, what was wrong. */
export interface ExperimentFormState {
  form: 'check-in' | 'finish';
  values: FormFields;
  errors: FieldErrors;
}

export interface ExperimentPageProps {
  source: Source;
  ikb: IndexedKnowledgeBase;
  today: string;
  experiment: Experiment;
  done?: Done | undefined;
  problem?: string | undefined;
  state?: ExperimentFormState | undefined;
}

/** Running or finished, and how many check-ins: one piece of the header's line, wrapping as text. */
function Status(props: { experiment: Experiment; today: string }) {
  const { experiment } = props;
  const count = ` · ${checkInCount(experiment.checkIns.length)}`;
  if (experiment.status === 'finished') {
    return (
      <span>
        Finished on <time datetime={experiment.finishedOn ?? ''}>{experiment.finishedOn}</time>
        {count}
      </span>
    );
  }
  const timing = experimentTiming(experiment, props.today);
  return (
    <span>
      Running: {weekText(timing)}, due <time datetime={experiment.dueOn}>{experiment.dueOn}</time> (
      {daysLeftText(timing.daysLeft)}){count}
    </span>
  );
}

/** The catalogue test's guidance, or just the deliverable for an experiment of one's own design. */
function Guidance(props: { ikb: IndexedKnowledgeBase; experiment: Experiment }) {
  const { ikb, experiment } = props;
  const test =
    experiment.testId === null ? undefined : ikb.kb.fitTests.find((t) => t.id === experiment.testId);
  return (
    <section id="guidance" aria-labelledby="guidance-heading">
      <h2 id="guidance-heading">What to do</h2>
      {test ? <p>{test.detail}</p> : null}
      <p class="deliverable">
        <strong>Deliverable:</strong>{' '}
        {experiment.deliverable ?? 'not set: say at a check-in what you will have at the end.'}
      </p>
      {test ? (
        <>
          <h3>It is going well if</h3>
          <Bullets items={test.goingWell} />
          <h3>At each check-in, note</h3>
          <Bullets items={test.log} />
          {test.resources.length > 0 ? (
            <>
              <h3>Start from</h3>
              <RefList ikb={ikb} ids={test.resources} />
            </>
          ) : null}
          <p class="why">
            <span class="why-label">From the catalogue:</span>{' '}
            <a href={libraryItemUrl(test.id)}>{test.title}</a>
          </p>
        </>
      ) : null}
    </section>
  );
}

export function ExperimentPage(props: ExperimentPageProps) {
  const { experiment, ikb } = props;
  const checkInState = props.state?.form === 'check-in' ? props.state : undefined;
  return (
    <Layout title={experiment.title} source={props.source} current="experiments">
      <div class="page-header">
        <p class="breadcrumb-back">
          <a href={EXPERIMENTS_URL}>All experiments</a>
        </p>
        <h1>{experiment.title}</h1>
        <p class="meta">
          <PathBadge kb={ikb.kb} experiment={experiment} />{' '}
          {experiment.direction ? (
            <>
              <a class="badge" href={libraryItemUrl(experiment.direction)}>
                {ikb.byId.get(experiment.direction)?.item.title ?? experiment.direction}
              </a>{' '}
            </>
          ) : null}
          <Status experiment={experiment} today={props.today} />
        </p>
        {experiment.kind === 'expertise' ? (
          <p>
            <a class="button" href={expertiseUrl(experiment.id)}>
              See the six-month timeline
            </a>
          </p>
        ) : null}
      </div>
      <DoneNotice done={props.done} />
      <ProblemNotice message={props.problem} />
      <Guidance ikb={ikb} experiment={experiment} />
      <section id="check-ins" aria-labelledby="check-ins-heading">
        <h2 id="check-ins-heading">Check-ins</h2>
        <CheckInTable
          checkIns={experiment.checkIns}
          {...(experiment.status === 'active' ? { correctableIn: experiment.id } : {})}
        />
        {experiment.status === 'active' ? (
          <>
            <h3 id="log-heading">Log a check-in</h3>
            <CheckInForm
              experiment={experiment}
              today={props.today}
              from="experiment"
              {...(checkInState ? { values: checkInState.values, errors: checkInState.errors } : {})}
            />
          </>
        ) : null}
      </section>
      {experiment.status === 'active' ? (
        <FinishForm experiment={experiment} today={props.today} state={props.state} />
      ) : (
        <section id="reflection" aria-labelledby="reflection-heading">
          <h2 id="reflection-heading">Reflection</h2>
          {experiment.reflection ? (
            <p class="notes-text">{experiment.reflection}</p>
          ) : (
            <p class="muted">No reflection written.</p>
          )}
        </section>
      )}
      <p class="actions">
        <a href={deleteExperimentUrl(experiment.id)}>Delete this experiment</a>
      </p>
    </Layout>
  );
}
