/**
 * The upskilling steps: the post's empirical track (MLAB → ARENA → Hilton → Nanda → replicate →
 * extend, with the Alignment Fundamentals ideas later), entered where the person already is.
 */
import type { Profile } from '../profile/schema.js';
import type { AdviceContext } from './context.js';
import { resourceRefs } from './context.js';
import { holds } from './facts.js';
import type { PathFit } from './fit.js';
import { skill } from './profile-view.js';
import type { DraftStep } from './steps.js';

const TRACK_ID = 'empirical-upskilling-track';

/** Index of the first track step worth doing, from coding and ML skill. */
export function upskillingStart(profile: Profile): number {
  const coding = skill(profile, 'coding') ?? 1;
  const ml = skill(profile, 'ml') ?? 1;
  if (coding <= 1 || ml <= 1) return 0; // MLAB
  if (ml === 2) return 2; // Hilton's curriculum
  return 3; // Nanda's guide
}

/** Steps from the upskilling track, or none when the person is not heading into empirical research. */
export function upskillingSteps(
  ctx: AdviceContext,
  profile: Profile,
  ranked: readonly PathFit[],
): DraftStep[] {
  const facts = { profile, ranked };
  const relevant = holds(facts, 'focus:alignment-research') || holds(facts, 'focus:ml-engineering');
  const track = ctx.tracks.get(TRACK_ID);
  if (!relevant || !track) return [];
  const main = track.steps.filter((s) => !s.later);
  const later = track.steps.filter((s) => s.later);
  const courses = main.filter((s) => s.id !== 'replicate-papers' && s.id !== 'extend-results');
  const replicate = main.find((s) => s.id === 'replicate-papers');
  const steps: DraftStep[] = [];

  if (!holds(facts, 'ml-researcher')) {
    const start = upskillingStart(profile);
    const remaining = courses.slice(start);
    if (remaining.length > 0) {
      const sequence = remaining.map((s) => s.title.replace(/ \(.*\)$/, '')).join(' → ');
      steps.push({
        id: 'upskill-in-order',
        title: `Work through the upskilling sequence, starting with ${remaining[0]?.title.replace(/ \(.*\)$/, '')}`,
        detail: `Go roughly in this order: ${sequence}, then replicate papers. ${start > 0 ? 'Your skills let you skip the earlier steps. ' : ''}Each step trains the core research skills: implementing algorithms, debugging code and experiments, and interpreting results.`,
        when: 'this-month',
        priority: 58,
        resources: resourceRefs(
          ctx,
          remaining.flatMap((s) => s.resources),
        ),
        principles: ['upskill-in-order', 'get-hands-on'],
      });
    }
  }
  if (replicate) {
    steps.push({
      id: 'replicate-then-extend',
      title: 'Replicate a paper, then extend its results',
      detail:
        'Choose one empirical paper in the direction you are drawn to and reproduce its main result. Once it works, try to extend the results by improving the technique somehow: that is where practice turns into research of your own.',
      when: 'next-three-months',
      priority: 52,
      resources: resourceRefs(ctx, replicate.resources.slice(0, 4)),
      principles: ['replicate-then-extend'],
    });
  }
  for (const step of later) {
    steps.push({
      id: `track-${step.id}`,
      title: step.title,
      detail: step.summary,
      when: 'later',
      priority: 20,
      resources: resourceRefs(ctx, step.resources),
      principles: ['alignment-fundamentals-eventually'],
    });
  }
  return steps;
}
