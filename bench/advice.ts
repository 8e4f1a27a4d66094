/**
 * Advice-engine benchmark: plans per second on one core (Node runs the engine on one thread),
 * over the sixteen persona profiles and ~1,000 random valid profiles. Each profile goes in as
 * untrusted JSON, so the figure includes validation, as for `lever advise` and the API.
 * Warm-up first, then the median of several timed rounds. Target: at least 5,000 plans/s.
 */
import { loadKnowledgeBase } from '../src/content/load-kb.js';
import { loadRules } from '../src/content/load-rules.js';
import { advise, adviseFromInput } from '../src/core/advice/advise.js';
import { createAdviceContext } from '../src/core/advice/context.js';
import { parseProfile } from '../src/core/profile/parse.js';
import { Interest, type Profile } from '../src/core/profile/schema.js';
import { BACKGROUNDS, DIRECTION_SLUGS, ENJOYS, PATH_SLUGS, SKILLS, STAGES } from '../src/core/vocabulary.js';
import { PERSONAS } from '../test/personas/personas.js';
import { percentile, printTable, seededRandom, timeMs } from './stats.js';

const RANDOM_PROFILES = 1000;
/** Seconds of advising every profile before any timing, so the JIT has settled for all sets alike. */
const WARMUP_SECONDS = 3;
const WARMUP_ROUNDS = 2;
const ROUNDS = 11;
/** Each timed round advises at least this many plans, so a round lasts long enough to time well. */
const MIN_PLANS_PER_ROUND = 2000;
const TARGET = 5000;

const random = seededRandom(2023);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const some = <T>(items: readonly T[], max: number): T[] =>
  Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(items));
const level = () => Math.floor(random() * 5);
const answered = () => random() < 0.8;

/** A random valid profile: each question answered four times in five. */
function randomProfile(): Profile {
  const p: Profile = {};
  if (answered()) p.stage = pick(STAGES);
  if (answered()) p.background = some(BACKGROUNDS, 3);
  if (answered()) p.skills = Object.fromEntries(SKILLS.filter(answered).map((s) => [s, level()]));
  if (answered()) p.enjoys = some(ENJOYS, 4);
  if (answered()) p.researchExperienceYears = Math.round(random() * 200) / 10;
  if (answered()) p.corporateExperience = random() < 0.5;
  if (answered()) p.hasMentor = random() < 0.5;
  if (answered()) p.leaning = pick([...PATH_SLUGS, 'undecided' as const]);
  if (answered()) p.interests = some(Interest.options, 4);
  if (answered()) {
    p.history = some([...PATH_SLUGS, ...DIRECTION_SLUGS], 3).map((activity) => ({
      activity,
      months: Math.floor(random() * 60),
      progress: level(),
      enjoyment: level(),
    }));
  }
  if (random() < 0.3)
    p.notes = 'I would like to help make AGI go well. '.repeat(1 + Math.floor(random() * 20));
  return p;
}

const randomProfiles = Array.from({ length: RANDOM_PROFILES }, randomProfile);
for (const [i, p] of randomProfiles.entries()) {
  if (!parseProfile(p).ok) throw new Error(`random profile ${i} is invalid: ${JSON.stringify(p)}`);
}

const ikb = loadKnowledgeBase();
const ctx = createAdviceContext(ikb, loadRules());
let sink = 0;

/** Plans per second for each timed round of advising `profiles` with `run`. */
function measure(profiles: readonly Profile[], run: (p: Profile) => number): number[] {
  const repeats = Math.max(1, Math.ceil(MIN_PLANS_PER_ROUND / profiles.length));
  const round = () => {
    for (let r = 0; r < repeats; r++) for (const p of profiles) sink += run(p);
  };
  for (let i = 0; i < WARMUP_ROUNDS; i++) round();
  const plans = repeats * profiles.length;
  return Array.from({ length: ROUNDS }, () => plans / (timeMs(round) / 1000)).sort((a, b) => a - b);
}

const fromInput = (p: Profile) => {
  const result = adviseFromInput(p, ctx);
  return result.ok ? result.value.steps.length : 0;
};
const engineOnly = (p: Profile) => advise(p, ctx).steps.length;
const personas = PERSONAS.map((p) => p.profile);
const all = [...personas, ...randomProfiles];

const warmUntil = Date.now() + WARMUP_SECONDS * 1000;
while (Date.now() < warmUntil) for (const p of all) sink += fromInput(p);

const sets: [string, readonly Profile[], (p: Profile) => number][] = [
  ['persona profiles', personas, fromInput],
  ['random valid profiles', randomProfiles, fromInput],
  ['all, validate + advise', all, fromInput],
  ['all, advise only (pre-validated)', all, engineOnly],
];

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
console.log(
  `Advice benchmark: one thread, Node ${process.version}, ${WARMUP_SECONDS} s warm-up, median of ${ROUNDS} rounds\n`,
);
printTable(
  ['profiles', 'count', 'median plans/s', 'slowest round', 'fastest round', 'µs/plan', 'target'],
  sets.map(([name, profiles, run]) => {
    const rates = measure(profiles, run);
    const median = percentile(rates, 50);
    return [
      name,
      String(profiles.length),
      fmt(median),
      fmt(rates[0] ?? Number.NaN),
      fmt(rates.at(-1) ?? Number.NaN),
      (1e6 / median).toFixed(1),
      `≥ ${fmt(TARGET)}/s: ${median >= TARGET ? 'meets target' : 'MISSES target'}`,
    ];
  }),
);
if (sink < 0) console.log(sink);
