/**
 * Governance expertise plans as pages: claiming a topic (the button on each topic's library page),
 * its timeline, and its milestones as an iCalendar download. Check-ins go through the experiment
 * routes, like any other experiment's.
 */
import { Hono } from 'hono';
import type { AppDeps } from '../../deps.js';
import { parseDone, returnUrl } from '../experiments/return-to.js';
import { readForm, text } from '../form-data.js';
import { formFailure } from '../form-errors.js';
import { renderJournalBadRequest, renderJournalNotFound } from '../journal/not-found.js';
import { CALENDAR_CONTENT_TYPE } from '../journal/routes.js';
import { sameOriginPosts } from '../same-origin.js';
import { EXPERTISE_URL } from '../urls.js';
import { renderExpertise } from './render.js';

export function expertiseRoutes(deps: AppDeps): Hono {
  const { journal } = deps;
  const source = deps.advice.ikb.kb.source;
  const app = new Hono();
  app.use(EXPERTISE_URL, sameOriginPosts(source));
  app.use(`${EXPERTISE_URL}/*`, sameOriginPosts(source));

  app.post(EXPERTISE_URL, async (c) => {
    const topicId = text(await readForm(c), 'topicId');
    try {
      const experiment = await journal.claimTopic({ topicId });
      return c.redirect(returnUrl('expertise', experiment.id, 'claimed'), 303);
    } catch (error) {
      // The form is one button on a topic's page, so a bad topic id comes from an edited or stale page.
      if (formFailure(error).status === 404) {
        return renderJournalNotFound(
          c,
          source,
          `No governance topic has the id “${topicId}”, so nothing was claimed.`,
        );
      }
      return renderJournalBadRequest(
        c,
        source,
        'Name a governance topic to claim: open it in the library and claim it there.',
      );
    }
  });

  app.get(`${EXPERTISE_URL}/:file{.+\\.ics}`, async (c) => {
    const id = c.req.param('file').replace(/\.ics$/, '');
    let calendar: string;
    try {
      await journal.expertise(id);
      calendar = await journal.experimentCalendar(id);
    } catch (error) {
      formFailure(error);
      return renderJournalNotFound(c, source, `No claimed governance topic has the id “${id}”.`);
    }
    return c.body(calendar, 200, {
      'Content-Type': CALENDAR_CONTENT_TYPE,
      'Content-Disposition': 'attachment; filename="lever-expertise-plan.ics"',
    });
  });

  app.get(`${EXPERTISE_URL}/:id`, (c) =>
    renderExpertise(c, deps, c.req.param('id'), { done: parseDone(c.req.query('done')) }),
  );

  return app;
}
