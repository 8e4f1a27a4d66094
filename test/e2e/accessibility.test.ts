/**
 * Accessibility: axe-core on every main page, in light and dark colour schemes. Serious and
 * critical violations fail; every finding is written to test-artifacts/axe/ as well.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, writeReport } from './support/artifacts.js';
import { axeViolations, describeFindings, isBlocking } from './support/axe.js';
import { claimTopic, createAsk, logCheckIn, startFitTest } from './support/journal.js';
import { POLICY_PROFESSIONAL, planPath, RESEARCH_STUDENT, saveProfile } from './support/profiles.js';
import { useBrowserSession } from './support/session.js';

const session = useBrowserSession();

/** The pages to scan: name (for the artifacts) and path. Paths that need saved data come later. */
const PAGES: readonly { name: string; path: () => string }[] = [
  { name: 'home', path: () => '/' },
  { name: 'start', path: () => '/start' },
  { name: 'plan', path: () => planPath(RESEARCH_STUDENT) },
  { name: 'profiles', path: () => '/profiles' },
  { name: 'compare', path: () => compareQuery },
  { name: 'library', path: () => '/library' },
  { name: 'library-item', path: () => '/library/mechanistic-interpretability' },
  { name: 'map', path: () => '/map' },
  { name: 'library-topic', path: () => '/library/global-gpu-tracking' },
  { name: 'experiments', path: () => '/experiments' },
  { name: 'experiment', path: () => `/experiments/${journal.experiment}` },
  { name: 'fit', path: () => '/fit' },
  { name: 'expertise', path: () => `/expertise/${journal.expertise}` },
  { name: 'asks', path: () => '/asks' },
  { name: 'ask-new', path: () => '/asks/new' },
  { name: 'ask', path: () => `/asks/${journal.ask}` },
  { name: 'settings', path: () => '/settings' },
  { name: 'settings-delete-all', path: () => '/settings/delete-all' },
];
const SCHEMES = ['light', 'dark'] as const;

let compareQuery = '';
/** Ids of the journal entries the journal pages show. */
const journal = { experiment: '', expertise: '', ask: '' };

describe('accessibility (axe-core)', () => {
  beforeAll(async () => {
    if (!session.available) return;
    const a = await saveProfile(session.server, 'Student me ✨', RESEARCH_STUDENT);
    const b = await saveProfile(session.server, 'Policy me', POLICY_PROFESSIONAL);
    compareQuery = `/compare?a=${a}&b=${b}`;
    const { server } = session;
    journal.experiment = await startFitTest(server, 'replicate-interpretability-result');
    await logCheckIn(server, journal.experiment, 3, 2);
    journal.expertise = await claimTopic(server, 'proof-of-learning');
    journal.ask = await createAsk(server, {
      title: 'Evaluations before deployment',
      ask: 'Run the agreed dangerous-capability evaluations on every model before it is deployed.',
      steps: 'Agree on the suite\nAdd it to the release checklist',
    });
  });

  for (const scheme of SCHEMES) {
    for (const { name, path } of PAGES) {
      it(`${name} (${scheme}) has no serious or critical violations`, async () => {
        const page = await session.newPage({ colorScheme: scheme });
        await page.emulateMedia({ colorScheme: scheme });
        const response = await page.goto(session.server.at(path()));
        expect(response?.status()).toBe(200);
        const findings = await axeViolations(page);
        writeReport('axe', `${name}-${scheme}`, findings);
        const blocking = findings.filter(isBlocking);
        if (blocking.length > 0) await screenshot(page, `axe-${name}-${scheme}`);
        expect(blocking, `axe found on ${path()} (${scheme}):\n${describeFindings(blocking)}`).toEqual([]);
      });
    }
  }
});
