/** GET /fit: the fit chart and tables, from the saved profile named by ?profile= or the latest one. */
import { Hono } from 'hono';
import { compareDates } from '../../../core/journal/dates.js';
import type { AppDeps } from '../../deps.js';
import { formFailure } from '../form-errors.js';
import { renderJournalNotFound } from '../journal/not-found.js';
import { renderPage } from '../render.js';
import { FIT_URL } from '../urls.js';
import { chartData, chartedPaths, historyRows } from './chart-data.js';
import { FitPage } from './fit-page.js';

export function fitRoutes(deps: AppDeps): Hono {
  const { journal } = deps;
  const source = deps.advice.ikb.kb.source;
  const app = new Hono();

  app.get(FIT_URL, async (c) => {
    const profileId = c.req.query('profile');
    let chosen: Awaited<ReturnType<typeof journal.profile>>;
    try {
      chosen = await journal.profile(profileId === '' ? undefined : profileId);
    } catch (error) {
      formFailure(error);
      return renderJournalNotFound(c, source, `No saved profile has the id “${profileId ?? ''}”.`);
    }
    const [{ report, history }, experiments, profiles] = await Promise.all([
      journal.fit(chosen.profile),
      journal.experiments(),
      deps.store.listProfiles(),
    ]);
    const firstStart = experiments.map((e) => e.startedOn).sort(compareDates)[0];
    const rows = historyRows(history, firstStart);
    c.header('Cache-Control', 'no-store');
    const page = (
      <FitPage
        source={source}
        report={report}
        rows={rows}
        chart={chartData(rows, chartedPaths(report))}
        saved={chosen.saved}
        profiles={profiles}
        lookup={(id) => deps.advice.principleRefs.get(id)}
      />
    );
    return renderPage(c, page);
  });

  return app;
}
