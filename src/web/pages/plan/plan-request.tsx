/**
 * Reading the profile a plan URL carries, and rendering its plan page, for every route that shows
 * one. The plan is the journal-aware one: what the person has logged on this computer moves its
 * fit estimates and signals (with an empty journal it is exactly the profile's plan).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Profile } from '../../../core/profile/schema.js';
import { fail, ok, type Result } from '../../../core/result.js';
import type { AppDeps } from '../../deps.js';
import { decodeProfileParam, encodeProfileParam } from '../profile-param.js';
import { renderPage } from '../render.js';
import { planUrl } from '../urls.js';
import { PlanPage, type PlanPageProps } from './plan-page.js';

/** A profile from a link, with its canonical `p`. */
export interface LinkedProfile {
  profile: Profile;
  p: string;
}

/** The profile in a query parameter (default `p`); problems name the parameter when it is missing or broken. */
export function linkedProfile(value: string | undefined, param = 'p'): Result<LinkedProfile> {
  if (value === undefined || value === '') {
    return fail([{ path: param, message: 'is required: the link carries no profile' }]);
  }
  const profile = decodeProfileParam(value, param);
  return profile.ok ? ok({ profile: profile.value, p: encodeProfileParam(profile.value) }) : profile;
}

/** The plan page for a profile; `extra` marks a saved profile or carries a failed save back. */
export async function renderPlan(
  c: Context,
  deps: AppDeps,
  linked: LinkedProfile,
  extra: Pick<PlanPageProps, 'saved' | 'keep'> = {},
  status: ContentfulStatusCode = 200,
) {
  const { ikb } = deps.advice;
  const [plan, experiments] = await Promise.all([
    deps.journal.plan(linked.profile),
    deps.journal.experiments(),
  ]);
  const running = new Map(
    experiments.flatMap((e) =>
      e.status === 'active' && e.testId !== null ? [[e.testId, e.id] as const] : [],
    ),
  );
  const page = (
    <PlanPage
      source={ikb.kb.source}
      plan={plan}
      profile={linked.profile}
      p={linked.p}
      shareUrl={new URL(planUrl(linked.p), c.req.url).href}
      titleOf={(id) => ikb.byId.get(id)?.item.title ?? id}
      running={running}
      {...extra}
    />
  );
  return renderPage(c, page, status);
}
