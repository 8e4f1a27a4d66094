/**
 * "Your data" in a browser: download the export, delete everything behind the typed confirmation
 * (a wrong word deletes nothing), import the downloaded file and see the data return, back up the
 * database, and fit a phone's width.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../src/core/export/schema.js';
import { screenshot } from './support/artifacts.js';
import { createAsk, logCheckIn, startFitTest } from './support/journal.js';
import { RESEARCH_STUDENT, saveProfile } from './support/profiles.js';
import { useBrowserSession } from './support/session.js';
import { shownText } from './support/text.js';

const session = useBrowserSession();

const PROFILE_NAME = 'Me <b>now</b> ✨';

/** Downloads the export from the settings page; returns the suggested name and the file's text. */
async function downloadExport(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download export (JSON)' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** The records of an export, without the time it was taken. */
function records(text: string): Omit<ExportDocument, 'exportedAt'> {
  const { exportedAt: _, ...rest } = JSON.parse(text) as ExportDocument;
  return rest;
}

async function count(page: Page, label: string): Promise<string> {
  return shownText(page.locator('#data-counts > div').filter({ hasText: label }).locator('dd'));
}

describe('your data', () => {
  it('exports, deletes everything after typing the word, imports the file and gets it all back', async () => {
    const { server } = session;
    await saveProfile(server, PROFILE_NAME, RESEARCH_STUDENT);
    const experiment = await startFitTest(server, 'replicate-interpretability-result');
    await logCheckIn(server, experiment, 3, 2);
    await createAsk(server, { title: 'Evaluations first', ask: 'Run the evaluations before each release.' });

    const page = await session.newPage();
    await page.goto(server.at('/'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    expect(await shownText(page.locator('#storage'))).toContain('lever.db');
    expect(await count(page, 'Saved profiles')).toBe('1');
    expect(await count(page, 'Check-ins')).toBe('1');

    const exported = await downloadExport(page);
    expect(exported.name).toMatch(/^lever-export-\d{4}-\d{2}-\d{2}\.json$/);
    const before = records(exported.text);
    expect(before.profiles.map((p) => p.name)).toEqual([PROFILE_NAME]);
    expect(before.asks).toHaveLength(1);

    await page.getByRole('link', { name: 'Delete all my data…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Delete all your data?' }).waitFor();
    await screenshot(page, 'settings-delete-confirmation');
    const word = page.getByLabel('Type “delete” to confirm');
    await word.fill('yes');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.locator('#confirm-error').waitFor();
    expect(await word.getAttribute('aria-invalid')).toBe('true');
    await page.goto(server.at('/settings'));
    expect(await count(page, 'Saved profiles')).toBe('1');

    await page.getByRole('link', { name: 'Delete all my data…' }).click();
    await page.getByLabel('Type “delete” to confirm').fill('delete');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.waitForURL((url) => url.pathname === '/settings' && url.searchParams.has('deleted'));
    expect(await shownText(page.getByRole('status'))).toBe(
      'Deleted 1 saved profile, 1 experiment, 1 check-in and 1 ask.',
    );
    expect(await count(page, 'Saved profiles')).toBe('0');
    expect(records((await downloadExport(page)).text).profiles).toEqual([]);

    const form = page.getByRole('form', { name: 'Import an export' });
    await form.getByLabel('Export file').setInputFiles({
      name: exported.name,
      mimeType: 'application/json',
      buffer: Buffer.from(exported.text),
    });
    await form.getByRole('button', { name: 'Import file' }).click();
    await page.waitForURL((url) => url.searchParams.has('added'));
    expect(await shownText(page.getByRole('status'))).toContain(
      'Imported: added 1 saved profile, 1 experiment, 1 check-in and 1 ask.',
    );
    await screenshot(page, 'settings-imported');
    expect(records((await downloadExport(page)).text)).toEqual(before);

    await page.goto(server.at('/profiles'));
    const table = page.getByRole('table', { name: 'Saved profiles' });
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual([PROFILE_NAME]);
  });

  it('backs up the database into the backups folder and says where', async () => {
    const page = await session.newPage();
    await page.goto(session.server.at('/settings'));
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.waitForURL((url) => url.searchParams.has('backup'));
    expect(await shownText(page.getByRole('status'))).toMatch(
      /Backed up to .*backups.lever-backup-[\dT-]+\.db \(\d+ KB\)/,
    );
  });

  it('fits a phone’s width, long file paths included', async () => {
    const page = await session.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(session.server.at('/settings'));
    const widths = await page.evaluate<{ scroll: number; client: number }>(
      '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
    );
    await screenshot(page, 'settings-phone');
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});
