/**
 * The experiments as pages: the dashboard, starting one, its page, logging a check-in (and
 * deleting a mis-logged one, check-in-delete.tsx), finishing and deleting. Every change is a form POST answered with 303 (so a reload never repeats it);
 * a refused one comes back as the page it was posted from, with each problem next to its field,
 * what was typed kept, and the status of the failure (400, 404 or 409). Nothing is written then.
 */
import { type Context, Hono } from 'hono';
import type { Experiment } from '../../../core/journal/schema.js';
import type { AppDeps } from '../../deps.js';
import { renderExpertise } from '../expertise/render.js';
import { type FormFields, readForm } from '../form-data.js';
import { errorsOf, type FieldErrors, type FormFailure, formFailure } from '../form-errors.js';
import { renderJournalNotFound } from '../journal/not-found.js';
import { renderPage } from '../render.js';
import { sameOriginPosts } from '../same-origin.js';
import { EXPERIMENTS_URL } from '../urls.js';
import { checkInDeleteRoutes } from './check-in-delete.js';
import { DashboardPage, type DashboardProps } from './dashboard-page.js';
import { DeleteExperimentPage } from './delete-page.js';
import { ExperimentPage, type ExperimentPageProps } from './experiment-page.js';
import {
  CHECK_IN_WORDS,
  checkInInput,
  FINISH_WORDS,
  finishInput,
  START_WORDS,
  startInput,
} from './form-input.js';
import { parseDone, parseReturnTo, returnUrl } from './return-to.js';

/** What to say when a change is refused because the experiment is finished. */
export function finishedMessage(experiment: Experiment | undefined, attempted: string): string {
  const since = experiment?.finishedOn ? ` on ${experiment.finishedOn}` : '';
  const title = experiment ? `“${experiment.title}”` : 'This experiment';
  return `${title} was finished${since}, so it ${attempted}. Start a new experiment to keep testing.`;
}

export function experimentRoutes(deps: AppDeps): Hono {
  const { journal } = deps;
  const ikb = deps.advice.ikb;
  const source = ikb.kb.source;
  const app = new Hono();
  app.use(EXPERIMENTS_URL, sameOriginPosts(source));
  app.use(`${EXPERIMENTS_URL}/*`, sameOriginPosts(source));

  /** The experiment, or undefined when none has this id. */
  const find = async (id: string): Promise<Experiment | undefined> => {
    try {
      return await journal.experiment(id);
    } catch (error) {
      if (formFailure(error).status === 404) return undefined;
      throw error;
    }
  };
  const notFound = (c: Context, id: string) =>
    renderJournalNotFound(c, source, `No experiment has the id “${id}”. It may have been deleted.`);

  const dashboard = async (
    c: Context,
    extra: Partial<DashboardProps>,
    status: 200 | 400 | 404 | 409 = 200,
  ) => {
    c.header('Cache-Control', 'no-store');
    const page = (
      <DashboardPage
        source={source}
        kb={ikb.kb}
        today={journal.today()}
        experiments={await journal.experiments()}
        {...extra}
      />
    );
    return renderPage(c, page, status);
  };

  const experimentPage = (
    c: Context,
    experiment: Experiment,
    extra: Partial<ExperimentPageProps>,
    status: 200 | 400 | 409 = 200,
  ) => {
    c.header('Cache-Control', 'no-store');
    const page = (
      <ExperimentPage source={source} ikb={ikb} today={journal.today()} experiment={experiment} {...extra} />
    );
    return renderPage(c, page, status);
  };

  app.get(EXPERIMENTS_URL, (c) => dashboard(c, { done: parseDone(c.req.query('done')) }));

  app.post(EXPERIMENTS_URL, async (c) => {
    const form = await readForm(c);
    const input = startInput(form);
    try {
      const experiment = await journal.startExperiment(input);
      return c.redirect(returnUrl('experiment', experiment.id, 'started'), 303);
    } catch (error) {
      const failure = formFailure(error);
      const catalogue = 'testId' in form;
      const errors = errorsOf(failure, START_WORDS, catalogue ? 'testId' : '', input);
      const start = { form: catalogue ? ('catalogue' as const) : ('own' as const), values: form, errors };
      return dashboard(c, { start }, failure.status === 409 ? 400 : failure.status);
    }
  });

  app.get(`${EXPERIMENTS_URL}/:id`, async (c) => {
    const experiment = await find(c.req.param('id'));
    if (!experiment) return notFound(c, c.req.param('id'));
    return experimentPage(c, experiment, { done: parseDone(c.req.query('done')) });
  });

  app.post(`${EXPERIMENTS_URL}/:id/check-ins`, async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c);
    const from = parseReturnTo(form.from);
    const input = checkInInput(form);
    try {
      await journal.logCheckIn(id, input);
      return c.redirect(returnUrl(from, id, 'logged'), 303);
    } catch (error) {
      const failure = formFailure(error);
      const experiment = await find(id);
      if (failure.status === 404 || !experiment) return notFound(c, id);
      const refused = refusedCheckIn(failure, form, input, experiment);
      const status = experiment.status === 'finished' ? 409 : failure.status;
      if (from === 'dashboard') {
        const state = refused.errors ? { experimentId: id, values: form, errors: refused.errors } : undefined;
        return dashboard(c, { problem: refused.problem, checkIn: state }, status);
      }
      if (from === 'expertise' && experiment.kind === 'expertise') {
        return renderExpertise(c, deps, experiment.id, refused, status);
      }
      const state = refused.errors
        ? { form: 'check-in' as const, values: form, errors: refused.errors }
        : undefined;
      return experimentPage(c, experiment, { problem: refused.problem, state }, status);
    }
  });

  app.post(`${EXPERIMENTS_URL}/:id/finish`, async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c);
    const input = finishInput(form);
    try {
      await journal.finishExperiment(id, input);
      return c.redirect(returnUrl('experiment', id, 'finished'), 303);
    } catch (error) {
      const failure = formFailure(error);
      const experiment = await find(id);
      if (failure.status === 404 || !experiment) return notFound(c, id);
      if (failure.status === 409) {
        return experimentPage(
          c,
          experiment,
          { problem: finishedMessage(experiment, 'cannot be finished again') },
          409,
        );
      }
      const state = {
        form: 'finish' as const,
        values: form,
        errors: errorsOf(failure, FINISH_WORDS, '', input),
      };
      return experimentPage(c, experiment, { state }, 400);
    }
  });

  app.get(`${EXPERIMENTS_URL}/:id/delete`, async (c) => {
    const experiment = await find(c.req.param('id'));
    if (!experiment) return notFound(c, c.req.param('id'));
    return renderPage(c, <DeleteExperimentPage source={source} experiment={experiment} />);
  });

  app.post(`${EXPERIMENTS_URL}/:id/delete`, async (c) => {
    const id = c.req.param('id');
    try {
      await journal.deleteExperiment(id);
    } catch (error) {
      formFailure(error);
      return notFound(c, id);
    }
    return c.redirect(`${EXPERIMENTS_URL}?done=deleted`, 303);
  });

  app.route('/', checkInDeleteRoutes(deps));
  return app;
}

/** A refused check-in as the page shows it: a page-wide problem for a conflict, else field errors. */
export interface RefusedCheckIn {
  problem?: string | undefined;
  errors?: FieldErrors | undefined;
  values?: FormFields | undefined;
}

function refusedCheckIn(
  failure: FormFailure,
  form: FormFields,
  input: unknown,
  experiment: Experiment,
): RefusedCheckIn {
  // A finished experiment has no check-in form to show field errors in: whatever was wrong, say why.
  if (failure.status === 409 || experiment.status === 'finished')
    return { problem: finishedMessage(experiment, 'takes no more check-ins') };
  return { errors: errorsOf(failure, CHECK_IN_WORDS, '', input), values: form };
}
