/**
 * Your fit over time (/fit): a chart of each path's estimate with its plausible range as the
 * check-ins came in (an island; hidden without JavaScript), and always the same numbers as tables:
 * the history, the current estimates (good at it, enjoy it, each with its uncertainty, and what
 * they rest on), and each path's signal with the principle behind it.
 */
import type { FitReport } from '../../../core/feedback/schema.js';
import type { Source } from '../../../core/kb/schema.js';
import { SIGNAL_LABELS } from '../../../core/plan/labels.js';
import type { SavedProfile } from '../../../store/types.js';
import { Layout } from '../layout.js';
import { type PrincipleLookup, Why } from '../plan/why.js';
import { EXPERIMENTS_URL, FIT_URL, PROFILES_URL } from '../urls.js';
import type { ChartData, HistoryRow } from './chart-data.js';
import { EstimatesTable, HistoryTable } from './tables.js';

export const FIT_CHART_JS = '/assets/fit-chart.js';
export const FIT_CSS = '/assets/fit.css';

export interface FitPageProps {
  source: Source;
  report: FitReport;
  rows: readonly HistoryRow[];
  chart: ChartData | undefined;
  /** The saved profile the estimates start from; undefined when there is none. */
  saved: SavedProfile | undefined;
  profiles: readonly SavedProfile[];
  lookup: PrincipleLookup;
}

function ProfileChoice(props: { saved: SavedProfile | undefined; profiles: readonly SavedProfile[] }) {
  if (props.profiles.length === 0) {
    return (
      <p class="notice measure" id="no-profile">
        No saved profile yet, so every estimate starts from the middle.{' '}
        <a href={PROFILES_URL}>Save a profile</a> from your plan to start from your own answers.
      </p>
    );
  }
  return (
    <form class="save-form" method="get" action={FIT_URL} aria-label="Profile">
      <div class="field">
        <label for="fit-profile">Estimates start from the saved profile</label>
        <select id="fit-profile" name="profile">
          {props.profiles.map((profile) => (
            <option value={profile.id} selected={profile.id === props.saved?.id}>
              {profile.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Show</button>
    </form>
  );
}

function Chart(props: { chart: ChartData | undefined }) {
  if (!props.chart) {
    return (
      <p class="notice measure" id="no-history">
        No check-ins yet: the tables show where your estimates start.{' '}
        <a href={EXPERIMENTS_URL}>Log a check-in</a> and they begin to move.
      </p>
    );
  }
  return (
    <figure class="fit-chart" id="fit-chart-figure" hidden aria-labelledby="fit-chart-caption">
      <div
        id="fit-chart"
        class="chart-area"
        role="img"
        aria-label="Chart of fit over time; the numbers are in the table below"
        data-chart={JSON.stringify(props.chart)}
      />
      <figcaption id="fit-chart-caption">
        <ul class="chart-legend">
          {props.chart.series.map((series, index) => (
            <li>
              <span class={`swatch chart-color-${index + 1}`} aria-hidden="true" />
              {series.title}
            </li>
          ))}
        </ul>
        Personal fit after each day with check-ins; the shaded bands are the plausible ranges of the paths you
        are testing (all ranges are in the table).
      </figcaption>
    </figure>
  );
}

function Signals(props: { report: FitReport; lookup: PrincipleLookup }) {
  const withSignal = props.report.paths.filter((path) => path.signal !== undefined);
  return (
    <section id="signals" aria-labelledby="signals-heading">
      <h2 id="signals-heading">Signals</h2>
      {withSignal.length === 0 ? (
        <p class="measure">
          No signals yet: they appear once your check-ins say something clear about a path.
        </p>
      ) : (
        withSignal.map((path) =>
          path.signal ? (
            <div class={`signal signal-${path.signal.kind}`} id={`signal-${path.id}`}>
              <p>
                <strong>{`${path.title}: ${SIGNAL_LABELS[path.signal.kind]}.`}</strong> {path.signal.text}
              </p>
              <Why principles={[path.signal.principle]} lookup={props.lookup} />
            </div>
          ) : null,
        )
      )}
    </section>
  );
}

export function FitPage(props: FitPageProps) {
  const { report } = props;
  return (
    <Layout
      title="Your fit over time"
      source={props.source}
      current="experiments"
      styles={props.chart ? [FIT_CSS] : []}
      scripts={props.chart ? [FIT_CHART_JS] : []}
    >
      <div class="page-header">
        <p class="breadcrumb-back">
          <a href={EXPERIMENTS_URL}>Experiments</a>
        </p>
        <h1>Your fit over time</h1>
        <p class="lede">
          Each path's fit combines how good you are likely to be at the work with how much you are likely to
          enjoy it. It starts from your answers, and every check-in moves it and narrows the plausible range.
        </p>
        <ProfileChoice saved={props.saved} profiles={props.profiles} />
      </div>
      <section id="history" aria-labelledby="history-heading">
        <h2 id="history-heading">Fit over time</h2>
        <Chart chart={props.chart} />
        <HistoryTable rows={props.rows} paths={report.paths} fromProfile={props.saved !== undefined} />
      </section>
      <section id="estimates" aria-labelledby="estimates-heading">
        <h2 id="estimates-heading">Current estimates</h2>
        <EstimatesTable report={report} fromProfile={props.saved !== undefined} />
        {report.paths.some((path) => path.evidence.related.experiments > 0) ? (
          <p class="hint measure" id="related-work-hint">
            Work on a related path counts only partly for this one (ML engineering, for example, says a little
            about alignment research), and never gives it a signal of its own.
          </p>
        ) : null}
      </section>
      <Signals report={report} lookup={props.lookup} />
    </Layout>
  );
}
