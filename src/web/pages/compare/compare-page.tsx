/** Two plans side by side (/compare): what differs first, then every path's fit, then the steps. */
import type { Source } from '../../../core/kb/schema.js';
import { percent, WHEN_LABELS } from '../../../core/plan/labels.js';
import type { Plan, Step } from '../../../core/plan/schema.js';
import type { Profile } from '../../../core/profile/schema.js';
import { Layout } from '../layout.js';
import { FitBar } from '../plan/fit-bar.js';
import { PROFILES_URL } from '../urls.js';
import { comparePlans, NOTABLE_DELTA, type PlanComparison } from './diff.js';

export interface CompareSide {
  /** The saved profile's name, or "Shared plan A". */
  label: string;
  /** Where this side's own plan is. */
  href: string;
  profile: Profile;
  /** The plan its own page shows: a saved profile's includes the journal, a link's does not. */
  plan: Plan;
  /** True for a shared link's profile, false for a saved one. */
  shared: boolean;
}

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

function Differences(props: { a: CompareSide; b: CompareSide; diff: PlanComparison }) {
  const { a, b, diff } = props;
  const bestA = a.plan.paths[0];
  const bestB = b.plan.paths[0];
  const moved = diff.paths.filter((p) => Math.abs(p.delta) >= NOTABLE_DELTA);
  return (
    <section id="differences" aria-labelledby="differences-heading">
      <h2 id="differences-heading">What differs</h2>
      <ul>
        <li>
          {diff.sameBest && bestA
            ? `Both fit ${bestA.title} best (${percent(bestA.fit)} and ${percent(bestB?.fit ?? 0)}).`
            : `Best fit: ${bestA?.title ?? '—'} for ${a.label}, ${bestB?.title ?? '—'} for ${b.label}.`}
        </li>
        {moved.length === 0 ? (
          <li>{`No path's fit changes by ${NOTABLE_DELTA} points or more.`}</li>
        ) : (
          moved.map((p) => (
            <li>{`${p.title}: ${percent(p.a.fit)} → ${percent(p.b.fit)} (${signed(p.delta)} points)`}</li>
          ))
        )}
        <li>{`${diff.stepsOnlyA.length} steps only for ${a.label}, ${diff.stepsOnlyB.length} only for ${b.label}.`}</li>
      </ul>
      <h3 id="answers-diff-heading">Answers</h3>
      {diff.answers.length === 0 ? (
        <p>The answers are the same.</p>
      ) : (
        <section class="table-wrap" tabindex={0} aria-label="Answers compared, scrolls sideways">
          <table aria-labelledby="answers-diff-heading">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">{a.label}</th>
                <th scope="col">{b.label}</th>
              </tr>
            </thead>
            <tbody>
              {diff.answers.map((change) => (
                <tr>
                  <th scope="row">{change.label.charAt(0).toUpperCase() + change.label.slice(1)}</th>
                  <td class="notes-text">{change.a}</td>
                  <td class="notes-text">{change.b}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

function PathsTable(props: { a: CompareSide; b: CompareSide; diff: PlanComparison }) {
  return (
    <section id="compare-paths" aria-labelledby="compare-paths-heading">
      <h2 id="compare-paths-heading">Paths side by side</h2>
      <section class="table-wrap" tabindex={0} aria-label="Paths compared, scrolls sideways">
        <table class="compare-table" aria-labelledby="compare-paths-heading">
          <thead>
            <tr>
              <th scope="col">Path</th>
              <th scope="col">{props.a.label}</th>
              <th scope="col">{props.b.label}</th>
              <th scope="col" class="num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {props.diff.paths.map((p) => (
              <tr>
                <th scope="row">{p.title}</th>
                <td>
                  <FitBar fit={p.a.fit} range={p.a.range} label="personal fit" />
                </td>
                <td>
                  <FitBar fit={p.b.fit} range={p.b.range} label="personal fit" />
                </td>
                <td class={`num ${p.delta > 0 ? 'delta-up' : p.delta < 0 ? 'delta-down' : ''}`}>
                  {p.delta === 0 ? '—' : `${signed(p.delta)} points`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/** Step titles; `when` adds when each is due, for lists that mix times. */
function StepList(props: { steps: readonly Step[]; when?: boolean }) {
  if (props.steps.length === 0) return <p class="muted">None.</p>;
  return (
    <ul>
      {props.steps.map((step) => (
        <li>
          {step.title}
          {props.when ? <span class="muted">{` (${WHEN_LABELS[step.when].toLowerCase()})`}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Steps(props: { a: CompareSide; b: CompareSide; diff: PlanComparison }) {
  const thisWeek = (plan: Plan) => plan.steps.filter((s) => s.when === 'this-week');
  return (
    <section id="compare-steps" aria-labelledby="compare-steps-heading">
      <h2 id="compare-steps-heading">Steps</h2>
      <div class="compare-cols">
        {[[props.a, props.diff.stepsOnlyA] as const, [props.b, props.diff.stepsOnlyB] as const].map(
          ([side, only]) => (
            <div>
              <h3>{`${side.label}: this week`}</h3>
              <StepList steps={thisWeek(side.plan)} />
              <h3>{`Only for ${side.label}`}</h3>
              <StepList steps={only} when />
            </div>
          ),
        )}
      </div>
    </section>
  );
}

export function ComparePage(props: { source: Source; a: CompareSide; b: CompareSide }) {
  const { a, b } = props;
  const diff = comparePlans(a, b);
  return (
    <Layout title={`Compare ${a.label} and ${b.label}`} source={props.source} current="profiles">
      <div class="page-header">
        <h1>Compare plans</h1>
        <p class="lede">
          <a href={a.href}>{a.label}</a> and <a href={b.href}>{b.label}</a>, side by side.
        </p>
        {a.shared || b.shared ? (
          <p class="hint" id="compare-sources">
            A saved profile's plan includes your journal on this Lever; a shared link's plan comes from its
            answers alone, as its page shows it.
          </p>
        ) : null}
      </div>
      <Differences a={a} b={b} diff={diff} />
      <PathsTable a={a} b={b} diff={diff} />
      <Steps a={a} b={b} diff={diff} />
      <p class="actions">
        <a class="button" href={PROFILES_URL}>
          Back to saved profiles
        </a>
      </p>
    </Layout>
  );
}
