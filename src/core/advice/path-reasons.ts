/** Explains each path's fit estimate in words, citing the principles it rests on. */

import { journalReasons } from '../feedback/reasons.js';
import type { Path } from '../kb/schema.js';
import { SKILL_NAMES } from '../plan/labels.js';
import type { PlanPath, Reason, Signal } from '../plan/schema.js';
import type { Profile } from '../profile/schema.js';
import { SKILL_LEVEL_NAMES } from '../profile/schema.js';
import { fitRange, type PathFit } from './fit.js';
import { activityPath, skill } from './profile-view.js';
import type { Rule } from './rules-schema.js';
import { listWords as list, midSentence } from './wording.js';

function skillReason(profile: Profile, path: Path, fit: PathFit): Reason | undefined {
  if (fit.basis.skills.length === 0) return undefined;
  const rated = path.fit.skills
    .filter((s) => skill(profile, s) !== undefined)
    .map(
      (s) => `${SKILL_NAMES[s] ?? s} (${skill(profile, s)}/4, ${SKILL_LEVEL_NAMES[skill(profile, s) ?? 0]})`,
    );
  const verdict =
    fit.good >= 0.6 ? 'a strong match' : fit.good >= 0.4 ? 'a partial match' : 'a weak match so far';
  return {
    text: `This work leans most on ${list(rated)}: ${verdict} for what you are good at.`,
    principle: 'choose-by-personal-fit',
  };
}

function enjoyReason(profile: Profile, path: Path, fit: PathFit): Reason | undefined {
  if (profile.enjoys === undefined) return undefined;
  if (fit.basis.enjoys.length > 0) {
    return {
      text: `You enjoy ${list(fit.basis.enjoys)}, which is much of this work.`,
      principle: 'choose-by-personal-fit',
    };
  }
  return {
    text: `Little of what you enjoy is central to this work, which tends to suit people who enjoy ${list(path.fit.enjoys.slice(0, 3))}.`,
    principle: 'choose-by-personal-fit',
  };
}

function historyReasons(fit: PathFit, titleOf: (id: string) => string): Reason[] {
  return fit.evidence.map(({ entry }) => ({
    text: `You tried ${midSentence(titleOf(entry.activity))} for ${entry.months} months: progress ${entry.progress}/4, enjoyment ${entry.enjoyment}/4${activityPath(entry.activity) === fit.id ? '' : ' (related work)'}.`,
    principle: 'fast-feedback-loops',
  }));
}

/**
 * A path of the plan: its fit estimate with range, its reasons, and its signal (from
 * ../feedback/signals.ts, which reads all the evidence on every path at once).
 */
export function planPath(
  profile: Profile,
  path: Path,
  fit: PathFit,
  firing: readonly Rule[],
  titleOf: (id: string) => string,
  signal?: Signal,
): PlanPath {
  const reasons: Reason[] = [];
  const push = (r: Reason | undefined) => {
    if (r) reasons.push(r);
  };
  push(skillReason(profile, path, fit));
  push(enjoyReason(profile, path, fit));
  if (fit.basis.leaning) {
    reasons.push({
      text: 'You lean towards this path; a concrete project will show whether the fit is real.',
      principle: 'fast-feedback-loops',
    });
  }
  reasons.push(...historyReasons(fit, titleOf));
  reasons.push(...journalReasons(fit));
  for (const rule of firing) {
    for (const r of rule.reasons ?? [])
      if (r.path === path.id) reasons.push({ text: r.text, principle: rule.principle });
  }
  if (fit.uncertainty >= 0.6) {
    reasons.push({
      text: 'Much is still unknown here; a short fit test would tell you more than further reflection.',
      principle: 'fast-feedback-loops',
    });
  }
  return {
    id: path.id,
    title: path.title,
    fit: fit.fit,
    good: fit.good,
    enjoy: fit.enjoy,
    uncertainty: fit.uncertainty,
    range: fitRange(fit),
    ...(signal ? { signal } : {}),
    reasons,
  };
}
