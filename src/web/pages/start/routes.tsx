/** The questionnaire: empty, or filled in from a plan's link (`/start?p=…`) to change answers. */
import { Hono } from 'hono';
import type { AppDeps } from '../../deps.js';
import { ProblemsPage } from '../errors.js';
import { linkedProfile } from '../plan/plan-request.js';
import { renderPage } from '../render.js';
import { formValuesFromProfile } from './form-profile.js';
import { QuestionnairePage } from './questionnaire.js';

export function startRoutes(deps: AppDeps): Hono {
  const source = deps.advice.ikb.kb.source;
  const app = new Hono();
  app.get('/start', (c) => {
    const p = c.req.query('p');
    if (p === undefined)
      return renderPage(c, <QuestionnairePage source={source} values={new Map()} prefilled={false} />);
    const linked = linkedProfile(p);
    if (!linked.ok) return renderPage(c, <ProblemsPage source={source} problems={linked.problems} />, 400);
    const values = formValuesFromProfile(linked.value.profile);
    return renderPage(c, <QuestionnairePage source={source} values={values} prefilled />);
  });
  return app;
}
