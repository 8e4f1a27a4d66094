/** 404 for the journal's pages: names what was looked for and leads back to the experiments or asks. */
import type { Context } from 'hono';
import type { Source } from '../../../core/kb/schema.js';
import { Layout } from '../layout.js';
import { renderPage } from '../render.js';
import { ASKS_URL, EXPERIMENTS_URL } from '../urls.js';

export function JournalNotFoundPage(props: { source: Source; what: string; heading?: string }) {
  const heading = props.heading ?? 'Not found';
  return (
    <Layout title={heading} source={props.source} current="experiments">
      <div class="page-header">
        <h1>{heading}</h1>
        <p class="lede">{props.what}</p>
      </div>
      <p class="actions">
        <a class="button primary" href={EXPERIMENTS_URL}>
          Your experiments
        </a>
        <a class="button" href={ASKS_URL}>
          Your concrete asks
        </a>
      </p>
    </Layout>
  );
}

/** Sends the 404 page for a journal item that does not exist (or no longer does). */
export function renderJournalNotFound(c: Context, source: Source, what: string) {
  return renderPage(c, <JournalNotFoundPage source={source} what={what} />, 404);
}

/** Sends a 400 page for a request no form of Lever's would send (e.g. a claim naming no topic). */
export function renderJournalBadRequest(c: Context, source: Source, what: string) {
  return renderPage(
    c,
    <JournalNotFoundPage source={source} what={what} heading="Nothing was changed" />,
    400,
  );
}
