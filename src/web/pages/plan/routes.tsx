/**
 * The plan: GET /plan?p=… renders it; GET /plan with the questionnaire's plain fields (the form
 * without JavaScript) converts them and redirects to the canonical ?p= link; /plan.md and
 * /plan.json download the plan the page shows. A link's plan comes from its answers alone, the
 * same wherever it is opened: the JSON is byte for byte what the API and `lever advise --json`
 * give (saved profiles' plans, with the journal, are under /profiles).
 */
import { Hono } from 'hono';
import { advise } from '../../../core/advice/advise.js';
import { renderPlanMarkdown } from '../../../core/plan/markdown.js';
import type { Plan } from '../../../core/plan/schema.js';
import type { AppDeps } from '../../deps.js';
import { JSON_CONTENT_TYPE, jsonText } from '../../http/json.js';
import { ProblemsPage } from '../errors.js';
import { encodeProfileParam } from '../profile-param.js';
import { renderPage } from '../render.js';
import { profileFromForm } from '../start/form-profile.js';
import { AnswersToChangePage } from '../start/questionnaire.js';
import { planUrl, START_URL } from '../urls.js';
import { linkedProfile } from './plan-request.js';
import { renderLinkedPlan } from './plan-view.js';

export function planRoutes(deps: AppDeps): Hono {
  const source = deps.advice.ikb.kb.source;
  const app = new Hono();

  app.get('/plan', (c) => {
    const query = new URL(c.req.url).searchParams;
    if (query.has('p')) {
      const linked = linkedProfile(query.get('p') ?? undefined);
      if (!linked.ok) return renderPage(c, <ProblemsPage source={source} problems={linked.problems} />, 400);
      return renderLinkedPlan(c, deps, linked.value);
    }
    // Nothing asked at all: the person wants a plan, so start with the questions.
    if (query.toString() === '') return c.redirect(START_URL, 303);
    const profile = profileFromForm(query);
    if (!profile.ok)
      return renderPage(
        c,
        <AnswersToChangePage source={source} sent={query} problems={profile.problems} />,
        400,
      );
    return c.redirect(planUrl(encodeProfileParam(profile.value)), 303);
  });

  /** A download of the plan in one format, or the problems page when the link is broken. */
  const download = (path: string, type: string, filename: string, body: (plan: Plan) => string) =>
    app.get(path, (c) => {
      const linked = linkedProfile(c.req.query('p'));
      if (!linked.ok) return renderPage(c, <ProblemsPage source={source} problems={linked.problems} />, 400);
      return c.body(body(advise(linked.value.profile, deps.advice)), 200, {
        'Content-Type': type,
        'Content-Disposition': `attachment; filename="${filename}"`,
      });
    });
  download('/plan.md', 'text/markdown; charset=utf-8', 'lever-plan.md', renderPlanMarkdown);
  download('/plan.json', JSON_CONTENT_TYPE, 'lever-plan.json', jsonText);

  return app;
}
