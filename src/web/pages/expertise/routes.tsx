/**
 * Governance expertise plans as pages: claiming a topic (the form on each topic's library page,
 * from today or an earlier day), its timeline, and its milestones as an iCalendar download.
 * Check-ins go through the experiment routes, like any other experiment's.
 */
import { Hono } from 'hono';
import type { AppDeps } from '../../deps.js';
import { parseDone, returnUrl } from '../experiments/return-to.js';
import { defined, optional, readForm, text } from '../form-data.js';
import { errorsOf, type FieldWords, formFailure } from '../form-errors.js';
import { renderJournalBadRequest, renderJournalNotFound } from '../journal/not-found.js';
import { CALENDAR_CONTENT_TYPE } from '../journal/routes.js';
import { renderItemPage } from '../library/routes.js';
import { sameOriginPosts } from '../same-origin.js';
import { EXPERTISE_URL } from '../urls.js';
import { renderExpertise } from './render.js';

/** The claim form's one field as its label names it. */
const CLAIM_WORDS: FieldWords = { labels: { startedOn: 'Started on', topicId: 'Topic' } };

export function expertiseRoutes(deps: AppDeps): Hono {
  const { journal } = deps;
  const source = deps.advice.ikb.kb.source;
  const app = new Hono();
  app.use(EXPERTISE_URL, sameOriginPosts(source));
  app.use(`${EXPERTISE_URL}/*`, sameOriginPosts(source));

  app.post(EXPERTISE_URL, async (c) => {
    const form = await readForm(c);
    const topicId = text(form, 'topicId');
    const input = { topicId, startedOn: optional(form.startedOn) };
    try {
      const experiment = await journal.claimTopic(defined(input));
      return c.redirect(returnUrl('expertise', experiment.id, 'claimed'), 303);
    } catch (error) {
      const failure = formFailure(error);
      // The topic and its id come from the topic's page, so a bad one comes from an edited or stale page.
      if (failure.status === 404) {
        return renderJournalNotFound(
          c,
          source,
          `No governance topic has the id “${topicId}”, so nothing was claimed.`,
        );
      }
      const topic = deps.advice.ikb.byId.get(topicId);
      if (topic?.kind !== 'topic') {
        return renderJournalBadRequest(
          c,
          source,
          'Name a governance topic to claim: open it in the library and claim it there.',
        );
      }
      // Back to the topic's page: the date's problem beside it, or (claimed already) the link to the plan.
      const errors = errorsOf(failure, CLAIM_WORDS, '', input);
      return renderItemPage(c, deps, topic, { values: form, errors }, failure.status);
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
