/**
 * The strict Content-Security-Policy breaks nothing: each main page loads in Chromium with no
 * console message and no `securitypolicyviolation` event, and what its islands do still works
 * under the policy (the questionnaire's form, search as you type, the plan's Copy button, saving a
 * profile with a same-origin form post). Journal pages still being built are skipped while they 404.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { planPath, RESEARCH_STUDENT } from './support/profiles.js';
import { useBrowserSession } from './support/session.js';
import { shownText } from './support/text.js';

const session = useBrowserSession();

/** Runs before the page's own scripts (injected by the browser, not subject to the policy). */
const VIOLATION_PROBE = `document.addEventListener('securitypolicyviolation', (event) => {
  (globalThis.leverViolations ??= []).push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
});`;

interface Watched {
  page: Page;
  /** Every console message of the page, as "type: text". */
  console: string[];
  violations(): Promise<string[]>;
}

async function watchedPage(): Promise<Watched> {
  const context = await session.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  await page.addInitScript({ content: VIOLATION_PROBE });
  return {
    page,
    console,
    violations: async () => (await page.evaluate('globalThis.leverViolations ?? []')) as string[],
  };
}

/** The plan island is ready once it has shown its buttons; Copy then announces what it did. */
async function planIsInteractive(page: Page): Promise<void> {
  const copy = page.getByRole('button', { name: 'Copy link' });
  await copy.waitFor({ state: 'visible' });
  await page.getByRole('button', { name: /print/i }).first().waitFor({ state: 'visible' });
  await copy.click();
  await expect.poll(() => shownText(page.locator('#copy-status'))).toMatch(/copied|selected/);
  // Saving is a form post: it must reach Lever with its origin despite the referrer policy.
  const save = page.getByRole('form', { name: 'Save this profile' });
  await save.getByLabel('Name').fill('CSP check');
  await save.getByRole('button', { name: 'Save profile' }).click();
  await page.waitForURL((url) => url.pathname === '/profiles');
  await page.getByRole('table', { name: 'Saved profiles' }).getByRole('row', { name: 'CSP check' }).waitFor();
}

async function questionnaireGivesAPlan(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'See my plan' }).click();
  await page.waitForURL((url) => url.pathname === '/plan');
}

async function searchAsYouType(page: Page): Promise<void> {
  const status = page.getByRole('status');
  await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('superposition', { delay: 20 });
  await expect.poll(() => shownText(status)).toContain('“superposition”');
}

const PAGES: readonly {
  name: string;
  path: () => string;
  /** Pages still being built: skipped while they answer 404. */
  optional?: boolean;
  use?: (page: Page) => Promise<void>;
}[] = [
  { name: 'home', path: () => '/' },
  { name: 'start', path: () => '/start', use: questionnaireGivesAPlan },
  { name: 'plan from a share link', path: () => planPath(RESEARCH_STUDENT), use: planIsInteractive },
  { name: 'profiles', path: () => '/profiles' },
  { name: 'library', path: () => '/library', use: searchAsYouType },
  { name: 'map', path: () => '/map' },
  { name: 'experiments', path: () => '/experiments', optional: true },
  { name: 'fit', path: () => '/fit', optional: true },
  { name: 'asks', path: () => '/asks', optional: true },
  { name: 'settings', path: () => '/settings' },
  { name: 'delete all data', path: () => '/settings/delete-all' },
];

describe('the Content-Security-Policy in a browser', () => {
  for (const { name, path, optional, use } of PAGES) {
    it(`${name}: no console message and no policy violation`, async (context) => {
      const watched = await watchedPage();
      const response = await watched.page.goto(session.server.at(path()));
      if (optional && response?.status() === 404) {
        context.skip(`${path()} answers 404: the page is not built yet`);
        return;
      }
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
      await watched.page.waitForLoadState('load');
      await use?.(watched.page);
      await watched.page.waitForLoadState('networkidle');
      expect(await watched.violations()).toEqual([]);
      expect(watched.console).toEqual([]);
    });
  }
});
