/** The fit page's tables: the same numbers as the chart, readable without JavaScript. */
import type { FitEvidence, FitReport, FitReportPath } from '../../../core/feedback/schema.js';
import { percent, rangeText, SIGNAL_LABELS } from '../../../core/plan/labels.js';
import { checkInCount } from '../experiments/parts.js';
import { FitBar } from '../plan/fit-bar.js';
import { libraryItemUrl } from '../urls.js';
import type { HistoryRow } from './chart-data.js';

/** Where the estimates start: the saved profile's answers, or neutral ones when none is saved. */
export function startLabel(fromProfile: boolean): string {
  return fromProfile ? 'From your profile' : 'From neutral answers: no saved profile yet';
}

/**
 * The history: a row per day, a column per path, each cell the fit and its plausible range.
 * `fromProfile` says whether the starting row comes from a saved profile.
 */
export function HistoryTable(props: {
  rows: readonly HistoryRow[];
  paths: readonly FitReportPath[];
  fromProfile: boolean;
}) {
  // A column per path is wider than a phone: the wrapper scrolls, so keyboards must reach it too.
  return (
    <section class="table-wrap" tabindex={0} aria-label="Fit over time, scrolls sideways">
      <table class="history-table" aria-label="Fit over time" id="fit-history-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            {props.paths.map((path) => (
              <th scope="col" class="num">
                {path.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <th scope="row">
                {row.start ? startLabel(props.fromProfile) : <time datetime={row.date}>{row.date}</time>}
              </th>
              {props.paths.map((path) => {
                const point = row.points.get(path.id);
                return (
                  <td class="num">
                    {point ? (
                      <>
                        {percent(point.fit)}
                        <span class="range-text">{rangeText(point)}</span>
                      </>
                    ) : (
                      ''
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** "2 experiments, 6 check-ins, 12 hours"; hours only when some were logged. */
function countsText(counts: { experiments: number; checkIns: number; hours: number }): string {
  const { experiments, checkIns, hours } = counts;
  const tests = `${experiments} experiment${experiments === 1 ? '' : 's'}`;
  return `${tests}, ${checkInCount(checkIns)}${hours > 0 ? `, ${hours} hour${hours === 1 ? '' : 's'}` : ''}`;
}

/**
 * What an estimate rests on: work on the path itself, then work on a related path (which counts
 * only partly), each said apart so neighbouring work never reads as a test of this path.
 */
export function evidenceText(evidence: FitEvidence, fromProfile: boolean): string {
  const { related } = evidence;
  const direct = {
    experiments: evidence.experiments - related.experiments,
    checkIns: evidence.checkIns - related.checkIns,
    hours: Math.round((evidence.hours - related.hours) * 100) / 100,
  };
  const parts = [
    ...(direct.experiments > 0 ? [countsText(direct)] : []),
    ...(related.experiments > 0 ? [`${countsText(related)} from related work`] : []),
  ];
  if (parts.length > 0) return parts.join('; ');
  return fromProfile ? 'your profile only' : 'neutral answers only';
}

/** Every path now: fit and range, good at it and enjoy it with their uncertainty, and the evidence. */
export function EstimatesTable(props: { report: FitReport; fromProfile: boolean }) {
  return (
    <div class="table-wrap">
      <table class="stack-table estimates-table" aria-label="Current estimates" id="fit-estimates-table">
        <thead>
          <tr>
            <th scope="col">Path</th>
            <th scope="col">Fit and plausible range</th>
            <th scope="col">Good at it</th>
            <th scope="col">Enjoy it</th>
            <th scope="col">Based on</th>
          </tr>
        </thead>
        <tbody>
          {props.report.paths.map((path) => (
            <tr id={`estimate-${path.id}`}>
              <th scope="row">
                <a href={libraryItemUrl(path.id)}>{path.title}</a>
                {path.signal ? (
                  <>
                    {' '}
                    <span class="badge">{SIGNAL_LABELS[path.signal.kind]}</span>
                  </>
                ) : null}
              </th>
              <td>
                <FitBar fit={path.fit} range={path.range} label="personal fit" />
                <span class="range-text">{`range ${rangeText(path.range)}`}</span>
              </td>
              <td>{`${percent(path.good.value)}, uncertainty ${percent(path.good.uncertainty)}`}</td>
              <td>{`${percent(path.enjoy.value)}, uncertainty ${percent(path.enjoy.uncertainty)}`}</td>
              <td>{evidenceText(path.evidence, props.fromProfile)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
