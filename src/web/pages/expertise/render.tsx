/** The expertise timeline for an experiment id, as the expertise routes and the check-in route send it. */
import type { Context } from 'hono';
import type { AppDeps } from '../../deps.js';
import type { Done } from '../experiments/return-to.js';
import type { FormFields } from '../form-data.js';
import { type FieldErrors, formFailure } from '../form-errors.js';
import { renderJournalNotFound } from '../journal/not-found.js';
import { renderPage } from '../render.js';
import { TimelinePage } from './timeline-page.js';

export interface TimelineExtras {
  done?: Done | undefined;
  problem?: string | undefined;
  values?: FormFields | undefined;
  errors?: FieldErrors | undefined;
}

/** The timeline page, or 404 when no claimed topic has this id (a plain fit test is not one). */
export async function renderExpertise(
  c: Context,
  deps: AppDeps,
  id: string,
  extras: TimelineExtras = {},
  status: 200 | 400 | 409 = 200,
) {
  const source = deps.advice.ikb.kb.source;
  let found: Awaited<ReturnType<AppDeps['journal']['expertise']>>;
  try {
    found = await deps.journal.expertise(id);
  } catch (error) {
    formFailure(error);
    return renderJournalNotFound(c, source, `No claimed governance topic has the id “${id}”.`);
  }
  c.header('Cache-Control', 'no-store');
  const page = (
    <TimelinePage
      source={source}
      today={deps.journal.today()}
      {...found}
      lookup={(principle) => deps.advice.principleRefs.get(principle)}
      {...extras}
    />
  );
  return renderPage(c, page, status);
}
