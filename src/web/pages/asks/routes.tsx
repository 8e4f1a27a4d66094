/**
 * Concrete asks as pages: list, new, one ask with its checks and editor, a Markdown download, and
 * deleting with confirmation. Saving is a form POST answered with 303 to the ask's page; a refused
 * one comes back with each problem next to its field and everything typed kept (400).
 */
import { type Context, Hono } from 'hono';
import type { Ask } from '../../../core/journal/schema.js';
import type { AppDeps } from '../../deps.js';
import { parseDone } from '../experiments/return-to.js';
import { readForm } from '../form-data.js';
import { errorsOf, formFailure } from '../form-errors.js';
import { renderJournalNotFound } from '../journal/not-found.js';
import { MARKDOWN_CONTENT_TYPE } from '../journal/routes.js';
import { renderPage } from '../render.js';
import { sameOriginPosts } from '../same-origin.js';
import { ASKS_URL, askUrl, NEW_ASK_URL } from '../urls.js';
import { ASK_WORDS, askFields, askInput } from './form-input.js';
import { AskPage, AsksListPage, DeleteAskPage, NewAskPage } from './pages.js';

/** "Evals before deploy!" → "evals-before-deploy": a safe file name from a title anyone typed. */
export function fileSlug(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'lever-ask' : `lever-ask-${slug}`;
}

export function askRoutes(deps: AppDeps): Hono {
  const { journal } = deps;
  const source = deps.advice.ikb.kb.source;
  const lookup = (id: string) => deps.advice.principleRefs.get(id);
  const app = new Hono();
  app.use(ASKS_URL, sameOriginPosts(source));
  app.use(`${ASKS_URL}/*`, sameOriginPosts(source));

  const find = async (id: string): Promise<Ask | undefined> => {
    try {
      return await journal.ask(id);
    } catch (error) {
      if (formFailure(error).status === 404) return undefined;
      throw error;
    }
  };
  const notFound = (c: Context, id: string) =>
    renderJournalNotFound(c, source, `No ask has the id “${id}”. It may have been deleted.`);

  app.get(ASKS_URL, async (c) => {
    c.header('Cache-Control', 'no-store');
    const page = (
      <AsksListPage source={source} asks={await journal.asks()} done={parseDone(c.req.query('done'))} />
    );
    return renderPage(c, page);
  });

  app.get(NEW_ASK_URL, (c) => renderPage(c, <NewAskPage source={source} />));

  app.post(ASKS_URL, async (c) => {
    const form = await readForm(c);
    const input = askInput(form);
    try {
      const ask = await journal.createAsk(input);
      return c.redirect(`${askUrl(ask.id)}?done=saved`, 303);
    } catch (error) {
      const errors = errorsOf(formFailure(error), ASK_WORDS, '', input);
      return renderPage(c, <NewAskPage source={source} values={form} errors={errors} />, 400);
    }
  });

  app.get(`${ASKS_URL}/:file{.+\\.md}`, async (c) => {
    const id = c.req.param('file').replace(/\.md$/, '');
    const ask = await find(id);
    if (!ask) return notFound(c, id);
    return c.body(await journal.askDocument(id), 200, {
      'Content-Type': MARKDOWN_CONTENT_TYPE,
      'Content-Disposition': `attachment; filename="${fileSlug(ask.title)}.md"`,
    });
  });

  app.get(`${ASKS_URL}/:id`, async (c) => {
    const ask = await find(c.req.param('id'));
    if (!ask) return notFound(c, c.req.param('id'));
    c.header('Cache-Control', 'no-store');
    const done = parseDone(c.req.query('done'));
    return renderPage(
      c,
      <AskPage source={source} ask={ask} lookup={lookup} done={done} values={askFields(ask)} />,
    );
  });

  app.post(`${ASKS_URL}/:id`, async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c);
    const input = askInput(form);
    try {
      await journal.updateAsk(id, input);
      return c.redirect(`${askUrl(id)}?done=saved`, 303);
    } catch (error) {
      const failure = formFailure(error);
      const ask = await find(id);
      if (failure.status === 404 || !ask) return notFound(c, id);
      const errors = errorsOf(failure, ASK_WORDS, '', input);
      return renderPage(
        c,
        <AskPage source={source} ask={ask} lookup={lookup} values={form} errors={errors} />,
        400,
      );
    }
  });

  app.get(`${ASKS_URL}/:id/delete`, async (c) => {
    const ask = await find(c.req.param('id'));
    if (!ask) return notFound(c, c.req.param('id'));
    return renderPage(c, <DeleteAskPage source={source} ask={ask} />);
  });

  app.post(`${ASKS_URL}/:id/delete`, async (c) => {
    const id = c.req.param('id');
    try {
      await journal.deleteAsk(id);
    } catch (error) {
      formFailure(error);
      return notFound(c, id);
    }
    return c.redirect(`${ASKS_URL}?done=deleted`, 303);
  });

  return app;
}
