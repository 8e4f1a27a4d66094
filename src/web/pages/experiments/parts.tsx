/** Small pieces the experiment pages share: status messages, the path badge, the latest check-in. */
import type { Child } from 'hono/jsx';
import type { CheckIn, Experiment } from '../../../core/journal/schema.js';
import type { KnowledgeBase } from '../../../core/kb/schema.js';
import { libraryItemUrl } from '../urls.js';
import { ENJOYMENT_SCALE, PROGRESS_SCALE, type RatingScale, ratingLabel } from './ratings.js';
import type { Done } from './return-to.js';

const DONE_MESSAGES: Readonly<Record<Done, string>> = {
  started: 'Started. Log a check-in each week: how well it went and how much you enjoyed it.',
  claimed: 'Topic claimed. Your six-month plan is dated from the day you started; log a check-in each week.',
  logged: 'Check-in saved.',
  unlogged: 'Check-in deleted. Your fit estimates no longer count it.',
  finished: 'Finished. Your reflection is saved with it.',
  deleted: 'Deleted.',
  saved: 'Saved.',
};

/** The one-time message after a redirect, announced politely to screen readers. */
export function DoneNotice(props: { done: Done | undefined }) {
  if (props.done === undefined) return null;
  return (
    <p class="notice success" role="status" id="done-notice">
      {DONE_MESSAGES[props.done]}
    </p>
  );
}

/** A failure that concerns the whole page, such as logging to a finished experiment (409). */
export function ProblemNotice(props: { message: string | undefined; children?: Child }) {
  if (props.message === undefined) return null;
  return (
    <div class="notice error" role="alert" id="problem-notice">
      <p>{props.message}</p>
      {props.children}
    </div>
  );
}

export function pathTitle(kb: KnowledgeBase, id: string): string {
  return kb.paths.find((p) => p.id === id)?.title ?? id;
}

/** The path an experiment tests, linked to its library page. */
export function PathBadge(props: { kb: KnowledgeBase; experiment: Pick<Experiment, 'path'> }) {
  return (
    <a class="badge accent" href={libraryItemUrl(props.experiment.path)}>
      {pathTitle(props.kb, props.experiment.path)}
    </a>
  );
}

/** "3 good" → "good", "4 fast progress" → "fast": a rating's words after its number. */
function ratingWords(scale: RatingScale, level: number): string {
  return ratingLabel(scale, level)
    .replace(/^\d+\s*/, '')
    .replace(/\s*progress$/, '');
}

/** "Latest check-in (2030-01-10): progress 4 (fast), enjoyment 2 (somewhat)". */
export function checkInSummary(checkIn: CheckIn): string {
  const rating = (name: string, scale: RatingScale, level: number) => {
    const words = ratingWords(scale, level);
    return words === '' ? `${name} ${level}` : `${name} ${level} (${words})`;
  };
  return `Latest check-in (${checkIn.date}): ${rating('progress', PROGRESS_SCALE, checkIn.progress)}, ${rating('enjoyment', ENJOYMENT_SCALE, checkIn.enjoyment)}`;
}

/** "1 check-in", "3 check-ins". */
export function checkInCount(n: number): string {
  return `${n} check-in${n === 1 ? '' : 's'}`;
}
