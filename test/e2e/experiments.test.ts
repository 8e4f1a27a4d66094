/**
 * The feedback loop in a browser: open the dashboard, start a fit test, log a check-in in two
 * clicks, find it in the list, then see the fit chart drawn above its table. Also: Enter in a
 * field never logs a rating nobody chose, and the whole loop works without JavaScript.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts.js';
import { useBrowserSession } from './support/session.js';
import { shownText } from './support/text.js';

const session = useBrowserSession();

const TEST_TITLE = 'Replicate a published interpretability result';

/** Today as the server dates check-ins: the local date of this machine, which runs both. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Starts the catalogue test from the dashboard and returns the experiment's id. */
async function startFromDashboard(page: Page): Promise<string> {
  await page.goto(session.server.at('/experiments'));
  const start = page.getByRole('form', { name: 'From the catalogue' });
  await start.getByLabel('Fit test').selectOption({ label: `${TEST_TITLE} (3 weeks)` });
  await start.getByRole('button', { name: 'Start this fit test' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/experiments/'));
  await page.getByRole('heading', { level: 1, name: TEST_TITLE }).waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
}

/** Whether the canvas has any pixel that is not fully transparent. */
function canvasDrawn(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document;
    const canvas = doc.querySelector('#fit-chart canvas') as {
      width: number;
      height: number;
      getContext(kind: '2d'): {
        getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
      };
    } | null;
    if (!canvas || canvas.width === 0) return false;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return true;
    return false;
  });
}

describe('experiments', () => {
  it('starts a fit test, logs a check-in in two clicks, and shows the fit chart with its table', async () => {
    const page = await session.newPage();
    await page.goto(session.server.at('/experiments'));
    await screenshot(page, 'experiments-empty');
    const id = await startFromDashboard(page);
    await screenshot(page, 'experiment-started');

    await page.goto(session.server.at('/experiments'));
    const form = page.getByRole('form', { name: `Check in: ${TEST_TITLE}` });
    // The two clicks: how well it went, then how much it was enjoyed (which saves).
    await form.getByRole('radio', { name: '3 good' }).click();
    await form.getByRole('button', { name: '2 somewhat' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'logged');
    expect(await shownText(page.getByRole('status'))).toBe('Check-in saved.');
    const card = page.locator(`#experiment-${id}`);
    expect(await shownText(card)).toContain('1 check-in');
    expect(await shownText(card.locator('.latest'))).toBe(
      `Latest check-in (${localToday()}): progress 3 (good), enjoyment 2 (somewhat)`,
    );
    await screenshot(page, 'experiments-logged');

    await card.getByRole('link', { name: TEST_TITLE }).click();
    await page.waitForURL((url) => url.pathname === `/experiments/${id}`);
    const rows = page.getByRole('table', { name: 'Check-ins' }).locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await shownText(rows.first())).toContain('3 good');

    // The chart must draw under the strict Content-Security-Policy: a blocked style or script logs an error.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(session.server.at('/fit'));
    const figure = page.locator('#fit-chart-figure');
    await figure.waitFor({ state: 'visible' });
    await expect.poll(() => canvasDrawn(page)).toBe(true);
    const history = page.getByRole('table', { name: 'Fit over time' });
    expect(await history.locator('tbody tr').count()).toBe(2);
    expect(await page.getByRole('table', { name: 'Current estimates' }).locator('tbody tr').count()).toBe(8);
    expect(errors).toEqual([]);
    await screenshot(page, 'fit-chart');
  });

  it('does not log a check-in when Enter is pressed in a field', async () => {
    const page = await session.newPage();
    const id = await startFromDashboard(page);
    const form = page.getByRole('form', { name: `Check in: ${TEST_TITLE}` });
    await form.getByRole('radio', { name: '2 steady' }).click();
    await form.getByText('Add hours, a note or an earlier date').click();
    const hours = form.getByLabel('Hours spent since the last check-in');
    await hours.fill('2');
    await hours.press('Enter');
    // Nothing to wait for if nothing happens: check that a real save still works and is the only one.
    await form.getByRole('button', { name: '4 loved it' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'logged');
    const rows = page.getByRole('table', { name: 'Check-ins' }).locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await shownText(rows.first())).toContain('4 loved it');
    expect(new URL(page.url()).pathname).toBe(`/experiments/${id}`);
  });

  it('works without JavaScript: the same two clicks, and the fit as tables', async () => {
    const page = await session.newPage({ javaScriptEnabled: false });
    await startFromDashboard(page);
    const form = page.getByRole('form', { name: `Check in: ${TEST_TITLE}` });
    await form.getByRole('radio', { name: '1 slow' }).click();
    await form.getByRole('button', { name: '3 a lot' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'logged');
    expect(await page.getByRole('table', { name: 'Check-ins' }).locator('tbody tr').count()).toBe(1);
    await page.goto(session.server.at('/fit'));
    expect(await page.locator('#fit-chart-figure').isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: 'Fit over time' }).isVisible()).toBe(true);
    await screenshot(page, 'fit-no-javascript');
  });
});
