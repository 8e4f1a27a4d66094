/**
 * The experiments dashboard (/experiments): what is running now, each with a two-click check-in
 * form; how to start a fit test; and the finished experiments with what was learned. Links lead to
 * the fit chart, the concrete asks and the journal's exports.
 */
import type { Experiment } from '../../../core/journal/schema.js';
import type { KnowledgeBase, Source } from '../../../core/kb/schema.js';
import type { FormFields } from '../form-data.js';
import type { FieldErrors } from '../form-errors.js';
import { Layout } from '../layout.js';
import {
  ASKS_URL,
  experimentUrl,
  expertiseUrl,
  FIT_URL,
  JOURNAL_CALENDAR_URL,
  JOURNAL_MARKDOWN_URL,
} from '../urls.js';
import { CheckInForm } from './check-in-form.js';
import { checkInCount, checkInSummary, DoneNotice, PathBadge, ProblemNotice } from './parts.js';
import type { Done } from './return-to.js';
import { CatalogueStartForm, OwnStartForm, type StartFormState } from './start-forms.js';
import { activeThenFinished, daysLeftText, experimentTiming, weekText } from './timing.js';

/** A refused check-in on the dashboard: which experiment, what was posted and what was wrong. */
export interface CheckInState {
  experimentId: string;
  values: FormFields;
  errors: FieldErrors;
}

export interface DashboardProps {
  source: Source;
  kb: KnowledgeBase;
  today: string;
  experiments: readonly Experiment[];
  done?: Done | undefined;
  /** A failure about the page as a whole (e.g. a check-in to a finished experiment). */
  problem?: string | undefined;
  checkIn?: CheckInState | undefined;
  start?: StartFormState | undefined;
}

/** Where an experiment's own page is: the timeline for a claimed topic, else its experiment page. */
export function pageOf(experiment: Experiment): string {
  return experiment.kind === 'expertise' ? expertiseUrl(experiment.id) : experimentUrl(experiment.id);
}

function ActiveCard(props: {
  kb: KnowledgeBase;
  today: string;
  experiment: Experiment;
  state?: CheckInState | undefined;
}) {
  const { experiment } = props;
  const timing = experimentTiming(experiment, props.today);
  const state = props.state?.experimentId === experiment.id ? props.state : undefined;
  return (
    <article
      class="card experiment-card"
      id={`experiment-${experiment.id}`}
      aria-labelledby={`experiment-${experiment.id}-title`}
    >
      <h3 id={`experiment-${experiment.id}-title`}>
        <a href={pageOf(experiment)}>{experiment.title}</a>
      </h3>
      <p class="meta">
        <PathBadge kb={props.kb} experiment={experiment} />{' '}
        {experiment.kind === 'expertise' ? <span class="badge">Expertise plan</span> : null}{' '}
        <span>{weekText(timing)}</span> ·{' '}
        <span>
          due <time datetime={experiment.dueOn}>{experiment.dueOn}</time> ({daysLeftText(timing.daysLeft)})
        </span>{' '}
        · <span>{checkInCount(experiment.checkIns.length)}</span>
      </p>
      <p class="latest">{timing.latest ? checkInSummary(timing.latest) : 'No check-ins yet.'}</p>
      <CheckInForm
        experiment={experiment}
        today={props.today}
        from="dashboard"
        {...(state ? { values: state.values, errors: state.errors } : {})}
      />
    </article>
  );
}

function FinishedItem(props: { kb: KnowledgeBase; experiment: Experiment }) {
  const { experiment } = props;
  return (
    <li id={`experiment-${experiment.id}`}>
      <a class="item-title" href={pageOf(experiment)}>
        {experiment.title}
      </a>
      <p class="meta">
        <PathBadge kb={props.kb} experiment={experiment} />{' '}
        <span>
          {experiment.startedOn} to {experiment.finishedOn ?? experiment.dueOn}
        </span>{' '}
        · <span>{checkInCount(experiment.checkIns.length)}</span>
      </p>
      {experiment.reflection ? (
        <blockquote class="reflection notes-text">{experiment.reflection}</blockquote>
      ) : (
        <p class="muted">No reflection written.</p>
      )}
    </li>
  );
}

export function DashboardPage(props: DashboardProps) {
  const { kb } = props;
  const { active, finished } = activeThenFinished(props.experiments);
  return (
    <Layout title="Experiments" source={props.source} current="experiments">
      <div class="page-header">
        <h1>Experiments</h1>
        <p class="lede">
          Short, concrete projects that show whether you are good at a kind of work and whether you enjoy it.
          Log a check-in each week in two clicks; your fit estimates move with what you log.
        </p>
        <p class="journal-links">
          <a href={FIT_URL}>Your fit over time</a> · <a href={ASKS_URL}>Concrete asks</a> ·{' '}
          <a href={JOURNAL_MARKDOWN_URL} download="lever-journal.md">
            Journal as Markdown
          </a>{' '}
          ·{' '}
          <a href={JOURNAL_CALENDAR_URL} download="lever-journal.ics">
            Deadlines and reminders (calendar)
          </a>
        </p>
      </div>
      <DoneNotice done={props.done} />
      <ProblemNotice message={props.problem} />

      <section id="active" aria-labelledby="active-heading">
        <h2 id="active-heading">Running now</h2>
        {active.length === 0 ? (
          <p class="notice" id="no-active">
            Nothing running. Start a fit test below: a week or two of real work tells you more than more
            reading.
          </p>
        ) : (
          active.map((experiment) => (
            <ActiveCard kb={kb} today={props.today} experiment={experiment} state={props.checkIn} />
          ))
        )}
      </section>

      <section id="start" aria-labelledby="start-heading">
        <h2 id="start-heading">Start a fit test</h2>
        <h3 id="start-catalogue-heading">From the catalogue</h3>
        <CatalogueStartForm kb={kb} today={props.today} state={props.start} />
        <h3 id="start-own-heading">Or one of your own design</h3>
        <details class="own-design" open={props.start?.form === 'own'}>
          <summary>Describe your own experiment</summary>
          <OwnStartForm kb={kb} today={props.today} state={props.start} />
        </details>
      </section>

      {finished.length > 0 ? (
        <section id="finished" aria-labelledby="finished-heading">
          <h2 id="finished-heading">Finished</h2>
          <ul class="item-list finished-list">
            {finished.map((experiment) => (
              <FinishedItem kb={kb} experiment={experiment} />
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
