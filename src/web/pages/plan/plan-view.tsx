/**
 * Rendering a plan page, for every route that shows one. A link's plan (`?p=`) is the plan from
 * its answers alone, byte for byte what `POST /api/v1/advice` gives, wherever it is opened; a
 * saved profile's plan is the person's own, moved by their journal as
 * `GET /api/v1/profiles/{id}/plan` is. Either page says when the journal makes a difference.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { advise } from '../../../core/advice/advise.js';
import type { Experiment } from '../../../core/journal/schema.js';
import type { Plan } from '../../../core/plan/schema.js';
import type { Profile } from '../../../core/profile/schema.js';
import type { SavedProfile } from '../../../store/types.js';
import type { AppDeps } from '../../deps.js';
import { encodeProfileParam } from '../profile-param.js';
import { renderPage } from '../render.js';
import { planUrl } from '../urls.js';
import type { JournalCounts, JournalNote } from './journal-note.js';
import { PlanPage, type PlanPageProps } from './plan-page.js';
import type { LinkedProfile } from './plan-request.js';

/** Fit tests already running, by catalogue id: the experiment's id. */
function runningTests(experiments: readonly Experiment[]): Map<string, string> {
  return new Map(
    experiments.flatMap((e) =>
      e.status === 'active' && e.testId !== null ? [[e.testId, e.id] as const] : [],
    ),
  );
}

function counts(experiments: readonly Experiment[]): JournalCounts {
  return {
    experiments: experiments.length,
    checkIns: experiments.reduce((n, e) => n + e.checkIns.length, 0),
  };
}

/** Plans are plain data: equal JSON is the same plan. */
const samePlan = (a: Plan, b: Plan) => JSON.stringify(a) === JSON.stringify(b);

/** The plan with this Lever's journal, or undefined when the journal would not change `alone`. */
async function journalPlanIfDifferent(
  deps: AppDeps,
  profile: Profile,
  alone: Plan,
  experiments: readonly Experiment[],
): Promise<Plan | undefined> {
  if (experiments.length === 0) return undefined;
  const withJournal = await deps.journal.plan(profile);
  return samePlan(withJournal, alone) ? undefined : withJournal;
}

function render(
  c: Context,
  deps: AppDeps,
  props: Omit<PlanPageProps, 'source' | 'shareUrl' | 'titleOf'>,
  status: ContentfulStatusCode,
) {
  const { ikb } = deps.advice;
  const page = (
    <PlanPage
      source={ikb.kb.source}
      shareUrl={new URL(planUrl(props.p), c.req.url).href}
      titleOf={(id) => ikb.byId.get(id)?.item.title ?? id}
      {...props}
    />
  );
  return renderPage(c, page, status);
}

/**
 * The plan page of a link: the plan from its answers alone. When this Lever's journal would change
 * it, a notice says so and leads to the saved profile with the same answers, or to saving them.
 */
export async function renderLinkedPlan(
  c: Context,
  deps: AppDeps,
  linked: LinkedProfile,
  keep: PlanPageProps['keep'] = undefined,
  status: ContentfulStatusCode = 200,
) {
  const plan = advise(linked.profile, deps.advice);
  const experiments = await deps.journal.experiments();
  let journal: JournalNote | undefined;
  if (await journalPlanIfDifferent(deps, linked.profile, plan, experiments)) {
    const saved = (await deps.store.listProfiles()).find((s) => encodeProfileParam(s.profile) === linked.p);
    journal = {
      kind: 'left-out',
      logged: counts(experiments),
      ...(saved ? { saved: { id: saved.id, name: saved.name } } : {}),
    };
  }
  const props = { plan, profile: linked.profile, p: linked.p, running: runningTests(experiments) };
  return render(c, deps, { ...props, ...(journal ? { journal } : {}), ...(keep ? { keep } : {}) }, status);
}

/** A saved profile's plan page: its plan moved by the journal, saying so when the journal changed it. */
export async function renderSavedPlan(c: Context, deps: AppDeps, saved: SavedProfile) {
  const experiments = await deps.journal.experiments();
  const alone = advise(saved.profile, deps.advice);
  const withJournal = await journalPlanIfDifferent(deps, saved.profile, alone, experiments);
  const journal: JournalNote | undefined = withJournal && { kind: 'included', logged: counts(experiments) };
  const props = {
    plan: withJournal ?? alone,
    profile: saved.profile,
    p: encodeProfileParam(saved.profile),
    running: runningTests(experiments),
    saved: { id: saved.id, name: saved.name },
  };
  return render(c, deps, { ...props, ...(journal ? { journal } : {}) }, 200);
}
