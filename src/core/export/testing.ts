/**
 * Builders for export test data, shared by the core, store and journal tests. `buildLeverData`
 * gives everything a person might have, with the text that tends to break storage (unicode,
 * HTML-looking text, notes of the maximum length, same-day check-ins), listed in the order the
 * store lists it, so a store that imports it exports it back equal.
 */
import {
  buildAsk,
  buildCheckIn,
  buildExperiment,
  buildExpertiseExperiment,
} from '../journal/testing/builders.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  type LeverData,
  type SavedProfile,
} from './schema.js';

export const TRICKY_TEXT =
  '<b>Zoë</b> & "我" \'🧪\' <script>alert(1)</script>\nLínea 2\tמימין לשמאל 👩🏽‍🔬 &amp; e\u0301 \u200b end';
/** 5,000 characters (code points, as the limits count them), the most a note may have. */
export const LONGEST_NOTE = `${'a'.repeat(3000)}${'é'.repeat(1000)}${'🧪'.repeat(1000)}`;

export function buildSavedProfile(overrides: Partial<SavedProfile> = {}): SavedProfile {
  return {
    id: 'profile-me',
    name: 'me now',
    profile: {
      stage: 'early-career',
      background: ['cs'],
      skills: { coding: 3, writing: 2 },
      enjoys: ['coding'],
    },
    createdAt: '2024-02-01T10:00:00.000Z',
    updatedAt: '2024-02-03T10:00:00.000Z',
    ...overrides,
  };
}

/** Two profiles, three experiments (active with check-ins, finished, expertise) and two asks. */
export function buildLeverData(overrides: Partial<LeverData> = {}): LeverData {
  return {
    profiles: [
      buildSavedProfile({
        id: 'profile-phd',
        name: '<b>Zoë</b> & "我" \'🧪\' <script>alert(1)</script>',
        profile: { stage: 'student', notes: LONGEST_NOTE },
        updatedAt: '2024-03-05T08:30:00.000Z',
      }),
      buildSavedProfile({ profile: { notes: TRICKY_TEXT, history: [] } }),
    ],
    experiments: [
      buildExperiment({
        id: 'exp-active',
        startedOn: '2024-03-01',
        updatedAt: '2024-03-09T07:00:00.000Z',
        checkIns: [
          buildCheckIn({ id: 'ci-b', date: '2024-03-04', createdAt: '2024-03-04T20:00:00.000Z', note: null }),
          // Same day, logged later, with an id that sorts first: order is by date, then time logged.
          buildCheckIn({
            id: 'ci-a',
            date: '2024-03-04',
            createdAt: '2024-03-05T06:00:00.000Z',
            hours: null,
          }),
          buildCheckIn({
            id: 'ci-c',
            date: '2024-03-08',
            note: LONGEST_NOTE,
            createdAt: '2024-03-09T07:00:00.000Z',
          }),
        ],
      }),
      buildExperiment({
        id: 'exp-done',
        testId: null,
        title: 'Own project: <i>probing</i> « 日本語 » 🧪',
        direction: 'mechanistic-interpretability',
        deliverable: null,
        startedOn: '2024-02-01',
        dueOn: '2024-02-15',
        weeks: 2,
        status: 'finished',
        finishedOn: '2024-02-16',
        reflection: TRICKY_TEXT,
        createdAt: '2024-02-01T09:00:00.000Z',
        updatedAt: '2024-02-16T21:00:00.000Z',
        checkIns: [buildCheckIn({ id: 'ci-d', date: '2024-02-08', createdAt: '2024-02-08T12:00:00.000Z' })],
      }),
      buildExpertiseExperiment({ id: 'exp-topic', createdAt: '2024-01-01T08:00:00.000Z' }),
    ],
    asks: [
      buildAsk({
        id: 'ask-2',
        title: 'Publish incident reports',
        steps: [],
        lab: null,
        owner: null,
        cost: null,
        updatedAt: '2024-03-07T09:00:00.000Z',
      }),
      buildAsk({ ask: TRICKY_TEXT, cost: LONGEST_NOTE }),
    ],
    ...overrides,
  };
}

export function buildExportDocument(overrides: Partial<ExportDocument> = {}): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: '2024-03-10T12:00:00.000Z',
    ...buildLeverData(),
    ...overrides,
  };
}
