/** Profiles for the browser tests, as plan links and as saved profiles. */
import { parseProfile } from '../../../src/core/profile/parse.js';
import type { Profile } from '../../../src/core/profile/schema.js';
import { decodeProfileParam, encodeProfileParam } from '../../../src/web/pages/profile-param.js';
import type { TestServer } from './server.js';

/** A student leaning towards research, with one fit test behind them. */
export const RESEARCH_STUDENT = {
  stage: 'student',
  background: ['cs', 'math'],
  skills: { coding: 3, math: 3, ml: 2, writing: 2, research: 1 },
  enjoys: ['coding', 'experiments', 'reading'],
  researchExperienceYears: 1,
  hasMentor: false,
  leaning: 'alignment-research',
  interests: ['mechanistic-interpretability', 'evaluations'],
  history: [{ activity: 'mechanistic-interpretability', months: 3, progress: 3, enjoyment: 4 }],
} as const;

/** A mid-career policy person: a plan that differs from the student's almost everywhere. */
export const POLICY_PROFESSIONAL = {
  stage: 'mid-career',
  background: ['policy', 'law'],
  skills: { coding: 0, writing: 4, people: 4, organizing: 3 },
  enjoys: ['writing', 'people', 'policy'],
  corporateExperience: true,
  hasMentor: true,
  leaning: 'policy',
  interests: ['compute-governance'],
} as const;

function validProfile(raw: unknown): Profile {
  const parsed = parseProfile(raw);
  if (!parsed.ok) throw new Error(`test profile is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/** "/plan?p=…" for a profile. */
export function planPath(raw: unknown): string {
  return `/plan?p=${encodeProfileParam(validProfile(raw))}`;
}

/** The profile a plan URL carries. */
export function profileInUrl(url: string): Profile {
  const p = new URL(url).searchParams.get('p');
  if (p === null) throw new Error(`no ?p= in ${url}`);
  const decoded = decodeProfileParam(p);
  if (!decoded.ok) throw new Error(`?p= of ${url} does not decode: ${JSON.stringify(decoded.problems)}`);
  return decoded.value;
}

/** Saves a profile through the JSON API and returns its id. */
export async function saveProfile(server: TestServer, name: string, raw: unknown): Promise<string> {
  const response = await fetch(server.at('/api/v1/profiles'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, profile: validProfile(raw) }),
  });
  if (response.status !== 201) throw new Error(`saving "${name}" failed: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}
