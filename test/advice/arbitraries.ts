/**
 * fast-check arbitraries for profiles: valid ones (every field optional, every value from the
 * public vocabulary), and single mutations that make a valid profile invalid in one named field.
 */
import fc from 'fast-check';
import {
  type HistoryEntry,
  Interest,
  NOTES_MAX_LENGTH,
  type Profile,
} from '../../src/core/profile/schema.js';
import {
  BACKGROUNDS,
  DIRECTION_SLUGS,
  ENJOYS,
  PATH_SLUGS,
  SKILLS,
  STAGES,
} from '../../src/core/vocabulary.js';

const level = fc.integer({ min: 0, max: 4 });
const amount = (max: number) =>
  fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true }));

export const historyEntry: fc.Arbitrary<HistoryEntry> = fc.record({
  activity: fc.constantFrom(...PATH_SLUGS, ...DIRECTION_SLUGS),
  months: amount(600),
  progress: level,
  enjoyment: level,
});

const notes = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 1000 }),
  fc.constantFrom('<script>alert("hi")</script>', '<b>bold</b> &amp; “quotes”', 'x'.repeat(NOTES_MAX_LENGTH)),
);

/** Any valid profile: each field present or not, lists possibly empty or repetitive. */
export const validProfile: fc.Arbitrary<Profile> = fc.record(
  {
    stage: fc.constantFrom(...STAGES),
    background: fc.array(fc.constantFrom(...BACKGROUNDS), { maxLength: 4 }),
    skills: fc.record(
      Object.fromEntries(SKILLS.map((s) => [s, level])) as Record<(typeof SKILLS)[number], typeof level>,
      {
        requiredKeys: [],
      },
    ),
    enjoys: fc.array(fc.constantFrom(...ENJOYS), { maxLength: 4 }),
    researchExperienceYears: amount(70),
    corporateExperience: fc.boolean(),
    hasMentor: fc.boolean(),
    leaning: fc.constantFrom(...PATH_SLUGS, 'undecided' as const),
    interests: fc.array(fc.constantFrom(...Interest.options), { maxLength: 5 }),
    history: fc.array(historyEntry, { maxLength: 6 }),
    notes,
  },
  { requiredKeys: [] },
);

/** A broken copy of a profile and the field a problem must name. */
export interface Mutation {
  raw: unknown;
  /** The problem's path; for an unknown field, the object that holds it. */
  path: string;
  /** For an unknown field: its name, which the message must mention. */
  key?: string;
}

type Mutate = (p: Profile) => Mutation;
const set =
  (field: string, value: unknown): Mutate =>
  (p) => ({ raw: { ...p, [field]: value }, path: field });
const setSkill =
  (skill: string, value: unknown): Mutate =>
  (p) => ({
    raw: { ...p, skills: { ...p.skills, [skill]: value } },
    path: `skills.${skill}`,
  });
const setHistory =
  (field: string, value: unknown): Mutate =>
  (p) => {
    const [first = { activity: 'policy', months: 3, progress: 2, enjoyment: 2 }, ...rest] = p.history ?? [];
    return { raw: { ...p, history: [{ ...first, [field]: value }, ...rest] }, path: `history[0].${field}` };
  };

/** One mutation per kind of mistake: wrong type, out of range, unknown value, unknown field. */
export const MUTATIONS: Record<string, Mutate> = {
  'stage is a number': set('stage', 3),
  'background is a string': set('background', 'physics'),
  'skills is a number': set('skills', 4),
  'coding is a string': setSkill('coding', '3'),
  'hasMentor is a string': set('hasMentor', 'yes'),
  'corporateExperience is null': set('corporateExperience', null),
  'researchExperienceYears is a string': set('researchExperienceYears', '2'),
  'interests is an object': set('interests', { 'alignment-theory': true }),
  'history is an object': set('history', {}),
  'notes is a number': set('notes', 42),
  'a skill above 4': setSkill('math', 5),
  'a negative skill': setSkill('people', -1),
  'a fractional skill': setSkill('ml', 2.5),
  'years above 70': set('researchExperienceYears', 71),
  'negative years': set('researchExperienceYears', -1),
  'months above 600': setHistory('months', 601),
  'progress above 4': setHistory('progress', 7),
  'notes too long': set('notes', 'x'.repeat(NOTES_MAX_LENGTH + 1)),
  'unknown stage': set('stage', 'retired'),
  'unknown leaning': set('leaning', 'astronaut'),
  'unknown history activity': setHistory('activity', 'knitting'),
  'unknown background': (p) => ({ raw: { ...p, background: ['astrology'] }, path: 'background[0]' }),
  'unknown interest': (p) => ({ raw: { ...p, interests: ['crypto'] }, path: 'interests[0]' }),
  'unknown enjoy': (p) => ({ raw: { ...p, enjoys: ['golf'] }, path: 'enjoys[0]' }),
  'unknown top-level field': (p) => ({
    raw: { ...p, favouriteColour: 'green' },
    path: '',
    key: 'favouriteColour',
  }),
  'unknown field in a history entry': (p) => {
    const { raw } = setHistory('mood', 'calm')(p);
    return { raw, path: 'history[0]', key: 'mood' };
  },
  'unknown skill': (p) => ({
    raw: { ...p, skills: { ...p.skills, juggling: 3 } },
    path: 'skills',
    key: 'juggling',
  }),
};

/** Something that is not a JSON object, so not a profile at all. */
export const notAnObject = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
);
