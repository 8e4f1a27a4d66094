/**
 * GET /compare?a=…&b=…: each side is a saved profile's id or a shared plan's encoded profile
 * (the `p` of its link), so saved versions and links people sent can be compared alike. Each side
 * shows the plan its own page shows: a saved profile's with the journal, a link's from its answers.
 */
import { type Context, Hono } from 'hono';
import { advise } from '../../../core/advice/advise.js';
import type { Problem } from '../../../core/validation.js';
import type { AppDeps } from '../../deps.js';
import { NotFoundPage, ProblemsPage } from '../errors.js';
import { linkedProfile } from '../plan/plan-request.js';
import { renderPage } from '../render.js';
import { PROFILES_URL, planUrl, savedProfileUrl } from '../urls.js';
import { ComparePage, type CompareSide } from './compare-page.js';

type Resolved = { side: CompareSide } | { problems: Problem[] } | { missing: string };

/** A saved profile by id, else a profile link; a value that is neither is reported as not found. */
async function resolveSide(deps: AppDeps, value: string | undefined, param: 'a' | 'b'): Promise<Resolved> {
  if (value === undefined || value === '') {
    return { problems: [{ path: param, message: 'is required: choose two saved profiles to compare' }] };
  }
  const saved = await deps.store.getProfile(value);
  if (saved) {
    const plan = await deps.journal.plan(saved.profile);
    const href = savedProfileUrl(saved.id);
    return { side: { label: saved.name, href, profile: saved.profile, plan, shared: false } };
  }
  const linked = linkedProfile(value, param);
  if (linked.ok) {
    const label = `Shared plan ${param.toUpperCase()}`;
    const plan = advise(linked.value.profile, deps.advice);
    const href = planUrl(linked.value.p);
    return { side: { label, href, profile: linked.value.profile, plan, shared: true } };
  }
  // Not base64url JSON at all: most likely the id of a profile that was deleted.
  const decodes = !linked.problems.some((p) => p.path === param);
  if (!decodes) return { missing: value };
  const which = param === 'a' ? 'first' : 'second';
  return { problems: linked.problems.map((p) => ({ ...p, message: `${p.message} (in the ${which} plan)` })) };
}

export function compareRoutes(deps: AppDeps): Hono {
  const source = deps.advice.ikb.kb.source;
  const app = new Hono();
  app.get('/compare', async (c: Context) => {
    const a = c.req.query('a');
    const b = c.req.query('b');
    if (a === undefined && b === undefined) return c.redirect(`${PROFILES_URL}#compare`, 303);
    const sides = [await resolveSide(deps, a, 'a'), await resolveSide(deps, b, 'b')];
    const missing = sides.flatMap((s) => ('missing' in s ? [s.missing] : []));
    if (missing.length > 0) {
      const what = `No saved profile has the id ${missing.map((id) => `“${id}”`).join(' or ')}.`;
      return renderPage(c, <NotFoundPage source={source} what={what} current="profiles" />, 404);
    }
    const problems = sides.flatMap((s) => ('problems' in s ? s.problems : []));
    const [sideA, sideB] = sides;
    if (problems.length > 0 || !sideA || !sideB || !('side' in sideA) || !('side' in sideB)) {
      return renderPage(
        c,
        <ProblemsPage
          source={source}
          problems={problems}
          heading="These plans cannot be compared"
          current="profiles"
        />,
        400,
      );
    }
    c.header('Cache-Control', 'no-store');
    return renderPage(c, <ComparePage source={source} a={sideA.side} b={sideB.side} />);
  });
  return app;
}
