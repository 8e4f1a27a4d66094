/**
 * A claimed governance topic (/expertise/:id): the six-month plan as a timeline of dated
 * milestones (gone by, due this week, or ahead), the readings to start from, the questions to
 * ask of one's own work, progress so far, and the weekly check-in. Its milestones download as an
 * iCalendar file.
 */
import type {
  ExpertiseProgress,
  MilestoneProgress,
  MilestoneStatus,
} from '../../../core/expertise/progress.js';
import type { ExpertisePlan, PlanResource } from '../../../core/expertise/types.js';
import type { Experiment } from '../../../core/journal/schema.js';
import type { Source } from '../../../core/kb/schema.js';
import { CheckInForm } from '../experiments/check-in-form.js';
import { CheckInTable } from '../experiments/check-in-table.js';
import { checkInCount, DoneNotice, ProblemNotice } from '../experiments/parts.js';
import type { Done } from '../experiments/return-to.js';
import type { FormFields } from '../form-data.js';
import type { FieldErrors } from '../form-errors.js';
import { Layout } from '../layout.js';
import { type PrincipleLookup, Why } from '../plan/why.js';
import { EXPERIMENTS_URL, experimentUrl, expertiseCalendarUrl, libraryItemUrl } from '../urls.js';

export interface TimelinePageProps {
  source: Source;
  today: string;
  experiment: Experiment;
  plan: ExpertisePlan;
  progress: ExpertiseProgress;
  lookup: PrincipleLookup;
  done?: Done | undefined;
  problem?: string | undefined;
  values?: FormFields | undefined;
  errors?: FieldErrors | undefined;
}

const STATUS_LABELS: Readonly<Record<MilestoneStatus, { text: string; badge: string }>> = {
  past: { text: 'Date passed', badge: 'badge' },
  due: { text: 'Due this week', badge: 'badge caution' },
  upcoming: { text: 'Ahead', badge: 'badge accent' },
};

function Reading(props: { resource: PlanResource }) {
  const { resource } = props;
  return (
    <li>
      {resource.url ? <a href={resource.url}>{resource.title}</a> : <span>{resource.title}</span>}{' '}
      <a class="muted" href={libraryItemUrl(resource.id)} aria-label={`${resource.title} in the library`}>
        (library)
      </a>
    </li>
  );
}

function MilestoneItem(props: { milestone: MilestoneProgress; lookup: PrincipleLookup }) {
  const { milestone } = props;
  const status = STATUS_LABELS[milestone.status];
  return (
    <li class={`milestone milestone-${milestone.status}`} id={`milestone-${milestone.id}`}>
      <p class="milestone-when">
        <time datetime={milestone.date}>{milestone.date}</time> · week {milestone.week}{' '}
        <span class={status.badge}>{status.text}</span>
      </p>
      <h3>{milestone.title}</h3>
      <p>{milestone.detail}</p>
      {milestone.resources.length > 0 ? (
        <ul class="milestone-readings" aria-label={`Readings for ${milestone.title}`}>
          {milestone.resources.map((resource) => (
            <Reading resource={resource} />
          ))}
        </ul>
      ) : null}
      <Why principles={milestone.principles} lookup={props.lookup} />
    </li>
  );
}

function ProgressSummary(props: { experiment: Experiment; progress: ExpertiseProgress }) {
  const { progress } = props;
  const next = progress.next;
  return (
    <section id="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      <p>
        <label for="plan-progress">{`${progress.weeksElapsed} of ${progress.weeksTotal} weeks done`}</label>
        <progress
          id="plan-progress"
          class="plan-progress"
          max={progress.weeksTotal}
          value={progress.weeksElapsed}
        >
          {`${progress.weeksElapsed} of ${progress.weeksTotal} weeks`}
        </progress>
      </p>
      <ul class="plain-list">
        <li>{`${checkInCount(progress.checkIns)}, ${progress.hoursLogged} hours logged${progress.lastCheckIn ? `, the latest on ${progress.lastCheckIn}` : ''}.`}</li>
        {progress.finished ? (
          <li>{`Finished on ${progress.asOf}.`}</li>
        ) : (
          <li>
            {`${progress.daysLeft} days to the end of the plan.`}{' '}
            {next ? (
              <>
                Next: <a href={`#milestone-${next.id}`}>{next.title}</a> by{' '}
                <time datetime={next.date}>{next.date}</time>.
              </>
            ) : null}
          </li>
        )}
      </ul>
    </section>
  );
}

export function TimelinePage(props: TimelinePageProps) {
  const { experiment, plan, progress } = props;
  const active = experiment.status === 'active';
  return (
    <Layout title={`Expertise plan: ${plan.topicTitle}`} source={props.source} current="experiments">
      <div class="page-header">
        <p class="breadcrumb-back">
          <a href={EXPERIMENTS_URL}>All experiments</a>
        </p>
        <p class="eyebrow">Six-month expertise plan</p>
        <h1>{plan.topicTitle}</h1>
        <p class="lede">
          Become the person who knows this governance topic best: read, write early, and aim for a concrete
          proposal. Started <time datetime={plan.startedOn}>{plan.startedOn}</time>, ends{' '}
          <time datetime={plan.dueOn}>{plan.dueOn}</time>.
        </p>
        <p class="actions">
          {active ? (
            <a class="button" href={expertiseCalendarUrl(experiment.id)} download="lever-expertise-plan.ics">
              Add the milestones to your calendar (.ics)
            </a>
          ) : null}
          <a href={libraryItemUrl(plan.topicId)}>The topic in the library</a>
          <a href={experimentUrl(experiment.id)}>
            {active ? 'Finish or delete this plan' : 'Reflection and check-ins'}
          </a>
        </p>
      </div>
      <DoneNotice done={props.done} />
      <ProblemNotice message={props.problem} />
      <ProgressSummary experiment={experiment} progress={progress} />
      <section id="timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <ol class="timeline" aria-labelledby="timeline-heading">
          {progress.milestones.map((milestone) => (
            <MilestoneItem milestone={milestone} lookup={props.lookup} />
          ))}
        </ol>
      </section>
      <section id="checks" aria-labelledby="checks-heading">
        <h2 id="checks-heading">Ask of your work</h2>
        <ul class="item-list">
          {plan.checks.map((check) => (
            <li>
              <p>{check.question}</p>
              <Why principles={[check.principle]} lookup={props.lookup} />
            </li>
          ))}
        </ul>
      </section>
      <section id="check-ins" aria-labelledby="check-ins-heading">
        <h2 id="check-ins-heading">Check-ins</h2>
        <CheckInTable checkIns={experiment.checkIns} />
        {active ? (
          <>
            <h3 id="log-heading">Log this week</h3>
            <CheckInForm
              experiment={experiment}
              today={props.today}
              from="expertise"
              {...(props.values ? { values: props.values } : {})}
              {...(props.errors ? { errors: props.errors } : {})}
            />
          </>
        ) : null}
      </section>
    </Layout>
  );
}
