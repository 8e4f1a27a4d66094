/**
 * A burst of concurrent writes through the JSON API — saved profiles, experiments, and check-ins
 * on acknowledged experiments — with a ledger of everything sent and everything the server
 * acknowledged (a 2xx answer). Every write carries a unique marker (a name, a title, a note) and
 * content derived from it, so a row read back later can be matched to exactly one request and a
 * half-written or mixed-up row shows.
 */

const JSON_HEADERS = { 'content-type': 'application/json' };

export interface ProfileBody {
  name: string;
  profile: { stage: string; skills: { coding: number; math: number; writing: number }; notes: string };
}

export interface ExperimentBody {
  title: string;
  path: string;
  weeks: number;
  deliverable: string;
  startedOn: string;
}

export interface CheckInBody {
  date: string;
  hours: number;
  progress: number;
  enjoyment: number;
  note: string;
}

/** Everything sent (by marker) and acknowledged (by the id the server gave), across all rounds. */
export interface Ledger {
  sentProfiles: Map<string, ProfileBody>;
  sentExperiments: Map<string, ExperimentBody>;
  /** By note: the check-in and the experiment it was logged against. */
  sentCheckIns: Map<string, { experimentId: string; body: CheckInBody }>;
  /** Profile id → name. */
  ackedProfiles: Map<string, string>;
  /** Experiment id → title. */
  ackedExperiments: Map<string, string>;
  /** Notes of acknowledged check-ins. */
  ackedCheckIns: Set<string>;
  /** Answers that were neither a 2xx nor a dropped connection: none are expected. */
  unexpected: string[];
}

export function emptyLedger(): Ledger {
  return {
    sentProfiles: new Map(),
    sentExperiments: new Map(),
    sentCheckIns: new Map(),
    ackedProfiles: new Map(),
    ackedExperiments: new Map(),
    ackedCheckIns: new Set(),
    unexpected: [],
  };
}

export const profileBody = (marker: string, n: number): ProfileBody => ({
  name: marker,
  profile: {
    stage: 'student',
    skills: { coding: n % 5, math: (n + 1) % 5, writing: (n + 2) % 5 },
    notes: `notes of ${marker} ${'x'.repeat(n % 300)}`,
  },
});

export const experimentBody = (marker: string, n: number): ExperimentBody => ({
  title: marker,
  path: n % 2 === 0 ? 'alignment-research' : 'policy',
  weeks: 1 + (n % 4),
  deliverable: `deliverable of ${marker}`,
  startedOn: '2025-01-06',
});

export const checkInBody = (marker: string, n: number): CheckInBody => ({
  date: `2025-01-${String(6 + (n % 20)).padStart(2, '0')}`,
  hours: n % 30,
  progress: n % 5,
  enjoyment: (n + 3) % 5,
  note: marker,
});

export interface BurstOptions {
  url: string;
  /** Distinguishes this round's markers from earlier rounds'. */
  round: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Called once, synchronously, when this many writes of the round have been acknowledged. */
  killAfterAcks: number;
  kill: () => void;
}

export interface BurstResult {
  /** Requests that were in flight when `kill` was called. */
  inFlightAtKill: number;
  acked: number;
}

/** POSTs a JSON body; the parsed answer of a 2xx, undefined for another status, throws when the connection drops. */
async function post(
  ledger: Ledger,
  url: string,
  body: unknown,
): Promise<Record<string, unknown> | undefined> {
  const response = await fetch(url, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
  const text = await response.text();
  if (response.status >= 200 && response.status < 300) return JSON.parse(text) as Record<string, unknown>;
  ledger.unexpected.push(`${response.status} for POST ${url}: ${text.slice(0, 300)}`);
  return undefined;
}

/** Writes until the server dies: each worker cycles profile, experiment, check-in. */
export async function burst(ledger: Ledger, options: BurstOptions): Promise<BurstResult> {
  const api = new URL('api/v1/', options.url);
  let inFlight = 0;
  let acked = 0;
  let inFlightAtKill = -1;
  let next = 0;
  const roundExperiments: string[] = [];
  const acknowledge = () => {
    acked++;
    if (acked === options.killAfterAcks) {
      inFlightAtKill = inFlight - 1; // this request has its answer already
      options.kill();
    }
  };

  const writeOnce = async (): Promise<void> => {
    const n = next++;
    // A server that acknowledges too little is killed anyway, so the burst always ends.
    if (n === options.killAfterAcks * 20) options.kill();
    const marker = `r${options.round}-${n}`;
    const kind = n % 3;
    const experimentId = roundExperiments[n % Math.max(1, roundExperiments.length)];
    if (kind === 1 || (kind === 2 && experimentId === undefined)) {
      const body = experimentBody(`experiment ${marker}`, n);
      ledger.sentExperiments.set(body.title, body);
      const created = await post(ledger, new URL('experiments', api).href, body);
      if (created) {
        ledger.ackedExperiments.set(String(created.id), body.title);
        roundExperiments.push(String(created.id));
        acknowledge();
      }
    } else if (kind === 2 && experimentId !== undefined) {
      const body = checkInBody(`check-in ${marker}`, n);
      ledger.sentCheckIns.set(body.note, { experimentId, body });
      const path = `experiments/${encodeURIComponent(experimentId)}/check-ins`;
      if (await post(ledger, new URL(path, api).href, body)) {
        ledger.ackedCheckIns.add(body.note);
        acknowledge();
      }
    } else {
      const body = profileBody(`profile ${marker}`, n);
      ledger.sentProfiles.set(body.name, body);
      const created = await post(ledger, new URL('profiles', api).href, body);
      if (created) {
        ledger.ackedProfiles.set(String(created.id), body.name);
        acknowledge();
      }
    }
  };

  const worker = async (): Promise<void> => {
    for (;;) {
      inFlight++;
      try {
        await writeOnce();
      } catch {
        return; // the connection dropped: the server is gone
      } finally {
        inFlight--;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { inFlightAtKill, acked };
}
