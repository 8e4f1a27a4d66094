/**
 * Text that breaks HTML, Markdown and iCalendar, written through the API into everything a person
 * types (a saved profile's name and notes, an experiment of one's own with its deliverable,
 * check-in note and reflection, an ask), plus a share link carrying it in a profile's notes.
 */
import { encodeProfileParam } from '../../src/web/pages/profile-param.js';
import { send, TODAY, type World } from './api-world.js';

/**
 * One line holding a script, an attribute break, Markdown syntax (a heading mark, a table bar,
 * backticks, a javascript: link) and iCalendar separators. It fits in a profile's name.
 */
export const HOSTILE_LINE =
  '<script>alert(1)</script> "><img src=x onerror=alert(1)> # | `x` [x](javascript:alert(1)); a, b \\ c';

/** Several lines: a line that starts like a heading, the hostile line, and iCalendar separators. */
export const HOSTILE_LINES = `# heading\n${HOSTILE_LINE}\nline; two, three \\ four`;

/** A title that tries to end its calendar event and start one of its own. */
export const INJECTING_TITLE = 'Memo\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nDTSTART:20300101';

export interface HostileRecords {
  profileId: string;
  /** Active: its title, deliverable and check-in note are hostile. */
  experimentId: string;
  /** Finished, with a hostile reflection. */
  finishedId: string;
  /** Active, with a title that tries to inject a calendar event. */
  injectingId: string;
  askId: string;
  /** A share link's `p` for a profile whose notes are hostile. */
  shareParam: string;
}

async function created(world: World, url: string, body: unknown): Promise<string> {
  const response = await send(world.app, {
    method: 'POST',
    url,
    contentType: 'application/json',
    body: JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`POST ${url} → ${response.status} ${response.text}`);
  return (JSON.parse(response.text) as { id: string }).id;
}

/** Writes the hostile records through the API. */
export async function writeHostileRecords(world: World): Promise<HostileRecords> {
  const profile = { stage: 'student', notes: HOSTILE_LINES } as const;
  const profileId = await created(world, '/api/v1/profiles', { name: HOSTILE_LINE, profile });
  const own = { path: 'policy', weeks: 3, startedOn: '2030-01-08' };
  const experimentId = await created(world, '/api/v1/experiments', {
    ...own,
    title: HOSTILE_LINE,
    deliverable: HOSTILE_LINES,
  });
  await created(world, `/api/v1/experiments/${experimentId}/check-ins`, {
    date: TODAY,
    progress: 3,
    enjoyment: 2,
    note: HOSTILE_LINES,
  });
  const finishedId = await created(world, '/api/v1/experiments', {
    ...own,
    title: `Finished ${HOSTILE_LINE}`,
  });
  await created(world, `/api/v1/experiments/${finishedId}/finish`, { reflection: HOSTILE_LINES });
  const injectingId = await created(world, '/api/v1/experiments', { ...own, title: INJECTING_TITLE });
  const askId = await created(world, '/api/v1/asks', {
    title: HOSTILE_LINE,
    lab: HOSTILE_LINE,
    ask: HOSTILE_LINES,
    steps: [HOSTILE_LINE, HOSTILE_LINES],
    owner: HOSTILE_LINE,
    cost: HOSTILE_LINES,
  });
  return {
    profileId,
    experimentId,
    finishedId,
    injectingId,
    askId,
    shareParam: encodeProfileParam(profile),
  };
}
