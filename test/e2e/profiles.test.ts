/**
 * Saved profiles: save from the plan page, find it again after a reload, rename, open and delete
 * it; names are user text and must show as typed, never as markup. Then compare two plans.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts.js';
import { expectCompletePlan } from './support/plan-page.js';
import { POLICY_PROFESSIONAL, planPath, RESEARCH_STUDENT, saveProfile } from './support/profiles.js';
import { useBrowserSession } from './support/session.js';
import { shownText } from './support/text.js';

const session = useBrowserSession();

const NAME = 'Me <b>now</b> ✨';
const NEW_NAME = 'Me & <i>later</i> “v2” 🚀';

/** The saved profiles table, once the list page has loaded. */
async function profilesTable(page: Page) {
  await page.waitForURL((url) => url.pathname === '/profiles');
  return page.getByRole('table', { name: 'Saved profiles' });
}

describe('saved profiles', () => {
  it('saves a plan under a name, keeps it across a reload, renames, opens and deletes it', async () => {
    const page = await session.newPage();
    await page.goto(session.server.at(planPath(RESEARCH_STUDENT)));
    const plan = await expectCompletePlan(page);

    const save = page.getByRole('form', { name: 'Save this profile' });
    await save.getByLabel('Name').fill(NAME);
    await save.getByRole('button', { name: 'Save profile' }).click();
    await profilesTable(page);
    await page.reload();
    let table = await profilesTable(page);
    // Shown literally: the tags are text, not bold markup.
    const row = table.getByRole('row', { name: NAME });
    expect(await shownText(row.getByRole('rowheader'))).toBe(NAME);
    expect(await table.locator('b').count()).toBe(0);
    expect(await page.title()).not.toContain('<b>');
    await screenshot(page, 'profiles-saved');

    await row.getByRole('link', { name: `Rename ${NAME}` }).click();
    await page.getByRole('heading', { level: 1, name: `Rename “${NAME}”` }).waitFor();
    const newName = page.getByLabel('New name');
    expect(await newName.inputValue()).toBe(NAME);
    await newName.fill(NEW_NAME);
    await page.getByRole('button', { name: 'Save name' }).click();
    table = await profilesTable(page);
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual([NEW_NAME]);
    expect(await table.locator('i').count()).toBe(0);

    // Its plan is the plan it was saved from, under its name.
    await table.getByRole('link', { name: NEW_NAME, exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/profiles/'));
    const saved = await expectCompletePlan(page);
    expect(saved.heading).toBe(NEW_NAME);
    expect(saved.paths).toEqual(plan.paths);
    expect(saved.steps).toEqual(plan.steps);
    await screenshot(page, 'profiles-saved-plan');

    // Deleting asks first.
    await page.getByRole('link', { name: 'Delete', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Delete “${NEW_NAME}”?` }).waitFor();
    await screenshot(page, 'profiles-delete-confirmation');
    await page.getByRole('button', { name: 'Delete profile' }).click();
    await page.waitForURL((url) => url.pathname === '/profiles');
    await page.reload();
    expect(await page.getByRole('table', { name: 'Saved profiles' }).count()).toBe(0);
    expect(await page.getByText('No saved profiles yet.', { exact: false }).isVisible()).toBe(true);
  });

  it('compares two saved profiles side by side', async () => {
    await saveProfile(session.server, 'Student me', RESEARCH_STUDENT);
    await saveProfile(session.server, 'Policy me', POLICY_PROFESSIONAL);
    const page = await session.newPage();
    await page.goto(session.server.at('/profiles'));
    const compare = page.getByRole('form', { name: 'Compare two plans' });
    await compare.getByLabel('First profile').selectOption({ label: 'Student me' });
    await compare.getByLabel('Second profile').selectOption({ label: 'Policy me' });
    await compare.getByRole('button', { name: 'Compare' }).click();

    await page.waitForURL((url) => url.pathname === '/compare');
    await page.getByRole('heading', { level: 1, name: 'Compare plans' }).waitFor();
    const paths = page.getByRole('table', { name: 'Paths side by side' });
    const header = await paths.getByRole('columnheader').allInnerTexts();
    expect(header.slice(1, 3)).toEqual(['Student me', 'Policy me']);
    // Every path with a fit bar on each side.
    const rows = paths.locator('tbody').getByRole('row');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await rows.first().locator('svg.fit-bar').count()).toBe(2);
    // The answers that differ, each with both values.
    const answers = page.getByRole('table', { name: 'Answers' });
    expect(await answers.getByRole('rowheader').count()).toBeGreaterThan(0);
    const steps = page.getByRole('region', { name: 'Steps' });
    expect(await steps.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Student me: this week',
      'Only for Student me',
      'Policy me: this week',
      'Only for Policy me',
    ]);
    await screenshot(page, 'compare');
  });
});
