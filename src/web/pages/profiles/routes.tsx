/**
 * Saved profiles as pages: list, save (from a plan's form), open a plan, rename and delete. Every
 * change is a POST answered with 303 to the list, so reloading never repeats it; a name that
 * cannot be saved comes back with its error and what the person typed. A saved profile is the
 * person's own, so its plan (page, downloads, and the best fit the list shows) includes the journal.
 */
import { type Context, Hono } from 'hono';
import { renderPlanMarkdown } from '../../../core/plan/markdown.js';
import type { Plan } from '../../../core/plan/schema.js';
import type { AppDeps } from '../../deps.js';
import { JSON_CONTENT_TYPE, jsonText } from '../../http/json.js';
import { NotFoundPage, ProblemsPage } from '../errors.js';
import { readForm } from '../form-data.js';
import { linkedProfile } from '../plan/plan-request.js';
import { renderLinkedPlan, renderSavedPlan } from '../plan/plan-view.js';
import { renderPage } from '../render.js';
import { sameOriginPosts } from '../same-origin.js';
import { PROFILES_URL } from '../urls.js';
import { DeletePage, RenamePage } from './edit-pages.js';
import { ProfileListPage } from './list-page.js';
import { parseProfileName } from './names.js';

/** A form field's text; a missing field reads as empty. */
function field(form: Readonly<Record<string, string>>, name: string): string {
  return form[name] ?? '';
}

export function profilePageRoutes(deps: AppDeps): Hono {
  const { store } = deps;
  const source = deps.advice.ikb.kb.source;
  const app = new Hono();
  app.use('/profiles', sameOriginPosts(source));
  app.use('/profiles/*', sameOriginPosts(source));

  const notFound = (c: Context, id: string) =>
    renderPage(
      c,
      <NotFoundPage source={source} what={`No saved profile has the id “${id}”.`} current="profiles" />,
      404,
    );

  app.get(PROFILES_URL, async (c) => {
    const saved = await store.listProfiles();
    const plans = await Promise.all(saved.map((s) => deps.journal.plan(s.profile)));
    const profiles = saved.map((s, i) => ({ saved: s, best: plans[i]?.paths[0] }));
    c.header('Cache-Control', 'no-store');
    return renderPage(c, <ProfileListPage source={source} profiles={profiles} />);
  });

  app.post(PROFILES_URL, async (c) => {
    const form = await readForm(c);
    const linked = linkedProfile(field(form, 'p'));
    if (!linked.ok) return renderPage(c, <ProblemsPage source={source} problems={linked.problems} />, 400);
    const name = parseProfileName(field(form, 'name'));
    if (!name.ok) {
      const keep = { name: field(form, 'name'), nameError: name.problems[0]?.message ?? 'invalid name' };
      return renderLinkedPlan(c, deps, linked.value, keep, 400);
    }
    await store.createProfile({ name: name.value, profile: linked.value.profile });
    return c.redirect(PROFILES_URL, 303);
  });

  app.get(`${PROFILES_URL}/:id`, async (c) => {
    const saved = await store.getProfile(c.req.param('id'));
    if (!saved) return notFound(c, c.req.param('id'));
    c.header('Cache-Control', 'no-store');
    return renderSavedPlan(c, deps, saved);
  });

  /** A download of the saved profile's plan, the one its page shows (journal included). */
  const download = (format: 'md' | 'json', type: string, body: (plan: Plan) => string) =>
    app.get(`${PROFILES_URL}/:id/plan.${format}`, async (c) => {
      const saved = await store.getProfile(c.req.param('id'));
      if (!saved) return notFound(c, c.req.param('id'));
      return c.body(body(await deps.journal.plan(saved.profile)), 200, {
        'Content-Type': type,
        'Content-Disposition': `attachment; filename="lever-plan.${format}"`,
        'Cache-Control': 'no-store',
      });
    });
  download('md', 'text/markdown; charset=utf-8', renderPlanMarkdown);
  download('json', JSON_CONTENT_TYPE, jsonText);

  app.get(`${PROFILES_URL}/:id/rename`, async (c) => {
    const saved = await store.getProfile(c.req.param('id'));
    if (!saved) return notFound(c, c.req.param('id'));
    return renderPage(c, <RenamePage source={source} saved={saved} />);
  });

  app.post(`${PROFILES_URL}/:id/rename`, async (c) => {
    const saved = await store.getProfile(c.req.param('id'));
    if (!saved) return notFound(c, c.req.param('id'));
    const typed = field(await readForm(c), 'name');
    const name = parseProfileName(typed);
    if (!name.ok) {
      const error = name.problems[0]?.message ?? 'invalid name';
      return renderPage(c, <RenamePage source={source} saved={saved} name={typed} error={error} />, 400);
    }
    // Deleted in the meantime (another tab, the CLI): say so rather than pretend it was renamed.
    if (!(await store.updateProfile(saved.id, { name: name.value }))) return notFound(c, saved.id);
    return c.redirect(PROFILES_URL, 303);
  });

  app.get(`${PROFILES_URL}/:id/delete`, async (c) => {
    const saved = await store.getProfile(c.req.param('id'));
    if (!saved) return notFound(c, c.req.param('id'));
    return renderPage(c, <DeletePage source={source} saved={saved} />);
  });

  app.post(`${PROFILES_URL}/:id/delete`, async (c) => {
    if (!(await store.deleteProfile(c.req.param('id')))) return notFound(c, c.req.param('id'));
    return c.redirect(PROFILES_URL, 303);
  });

  return app;
}
