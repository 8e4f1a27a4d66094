/**
 * Correcting a mis-logged check-in: a page that asks first (what goes, and that it cannot be
 * undone), then a POST that deletes it and goes back to the experiment. Only a running
 * experiment's check-ins can go: a finished one keeps those its reflection was written on (409).
 */
import { type Context, Hono } from 'hono';
import type { CheckIn, Experiment } from '../../../core/journal/schema.js';
import type { Source } from '../../../core/kb/schema.js';
import type { AppDeps } from '../../deps.js';
import { ConfirmDeletePage } from '../confirm-delete.js';
import { formFailure } from '../form-errors.js';
import { JournalNotFoundPage, renderJournalNotFound } from '../journal/not-found.js';
import { renderPage } from '../render.js';
import { deleteCheckInUrl, EXPERIMENTS_URL, experimentUrl } from '../urls.js';
import { ENJOYMENT_SCALE, PROGRESS_SCALE, ratingLabel } from './ratings.js';
import { returnUrl } from './return-to.js';

function DeleteCheckInPage(props: { source: Source; experiment: Experiment; checkIn: CheckIn }) {
  const { experiment, checkIn } = props;
  const ratings = `progress ${ratingLabel(PROGRESS_SCALE, checkIn.progress)}, enjoyment ${ratingLabel(ENJOYMENT_SCALE, checkIn.enjoyment)}`;
  return (
    <ConfirmDeletePage
      source={props.source}
      current="experiments"
      name={`the check-in of ${checkIn.date}`}
      consequence={`This removes the check-in of ${checkIn.date} (${ratings}) from “${experiment.title}”, and your fit estimates no longer count it. It cannot be undone; log it again if you change your mind.`}
      action={deleteCheckInUrl(experiment.id, checkIn.id)}
      confirmLabel="Delete check-in"
      keepUrl={experimentUrl(experiment.id)}
    />
  );
}

/** GET asks, POST deletes; mounted by the experiment routes, behind their same-origin check. */
export function checkInDeleteRoutes(deps: AppDeps): Hono {
  const { journal } = deps;
  const source = deps.advice.ikb.kb.source;
  const app = new Hono();
  const path = `${EXPERIMENTS_URL}/:id/check-ins/:checkInId/delete`;
  const missing = (c: Context, what: string) =>
    renderJournalNotFound(c, source, `${what} It may have been deleted already.`);

  app.get(path, async (c) => {
    const { id, checkInId } = c.req.param();
    let experiment: Experiment;
    try {
      experiment = await journal.experiment(id);
    } catch (error) {
      formFailure(error);
      return missing(c, `No experiment has the id “${id}”.`);
    }
    const checkIn = experiment.checkIns.find((found) => found.id === checkInId);
    if (!checkIn) return missing(c, `“${experiment.title}” has no check-in with the id “${checkInId}”.`);
    return renderPage(c, <DeleteCheckInPage source={source} experiment={experiment} checkIn={checkIn} />);
  });

  app.post(path, async (c) => {
    const { id, checkInId } = c.req.param();
    try {
      await journal.deleteCheckIn(id, checkInId);
    } catch (error) {
      const failure = formFailure(error);
      if (failure.status === 404) return missing(c, `${failure.message}.`);
      // A finished experiment keeps its check-ins (409): say so, with the way back.
      const page = (
        <JournalNotFoundPage source={source} what={`${failure.message}.`} heading="Nothing was changed" />
      );
      return renderPage(c, page, failure.status);
    }
    return c.redirect(returnUrl('experiment', id, 'unlogged'), 303);
  });
  return app;
}
