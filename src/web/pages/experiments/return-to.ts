/**
 * Where a check-in form sends the person back to once it is saved: the page it was posted from.
 * Only these known pages are allowed, so a form field can never redirect anywhere else.
 */
import { EXPERIMENTS_URL, experimentUrl, expertiseUrl } from '../urls.js';

export type ReturnTo = 'dashboard' | 'experiment' | 'expertise';

/** The page named by a form's `from` field; anything unknown means the experiment's own page. */
export function parseReturnTo(value: string | undefined): ReturnTo {
  return value === 'dashboard' || value === 'expertise' ? value : 'experiment';
}

/** What was just done, shown once as a status message on the page redirected to. */
export type Done = 'started' | 'claimed' | 'logged' | 'unlogged' | 'finished' | 'deleted' | 'saved';

export const DONE_VALUES: readonly Done[] = [
  'started',
  'claimed',
  'logged',
  'unlogged',
  'finished',
  'deleted',
  'saved',
];

/** `?done=` from a redirect, when it is one of the known values. */
export function parseDone(value: string | undefined): Done | undefined {
  return DONE_VALUES.find((done) => done === value);
}

/** The page to go back to after `done` on experiment `id`, scrolled to the experiment on the dashboard. */
export function returnUrl(to: ReturnTo, id: string, done: Done): string {
  if (to === 'dashboard') return `${EXPERIMENTS_URL}?done=${done}#experiment-${id}`;
  const page = to === 'expertise' ? expertiseUrl(id) : experimentUrl(id);
  return `${page}?done=${done}`;
}
