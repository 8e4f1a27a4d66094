/**
 * What the pages' markup cannot show alone: a refused form puts the cursor in its first invalid
 * field and scrolls to it (autofocus, no script), every invalid control wears the error border in
 * light and dark mode, a focused field is never ringed in the error colour, a visually hidden
 * text inside a scrolling table does not widen a phone's page, dates never break at their
 * hyphens, and an unknown address gets the styled layout, dark in dark mode.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts.js';
import { logCheckIn, startFitTest } from './support/journal.js';
import { POLICY_PROFESSIONAL, RESEARCH_STUDENT, saveProfile } from './support/profiles.js';
import { useBrowserSession } from './support/session.js';

const session = useBrowserSession();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The colours that matter here, as the browser resolved them. */
interface Colours {
  danger: string;
  borders: Record<string, string>;
  outline: string;
}

/** The error colour (from an inline error), the border of each control, and the focus ring's colour. */
function colours(page: Page, ids: readonly string[]): Promise<Colours> {
  return page.evaluate<Colours>(`(() => {
    const danger = getComputedStyle(document.querySelector('.field-error')).color;
    const borders = {};
    for (const id of ${JSON.stringify(ids)}) borders[id] = getComputedStyle(document.getElementById(id)).borderTopColor;
    return { danger, borders, outline: getComputedStyle(document.activeElement).outlineColor };
  })()`);
}

/** The hue (0–360) of a colour the browser gives as "rgb(r, g, b)". */
function hueOf(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map((n) => Number(n) / 255);
  const max = Math.max(r, g, b);
  const span = max - Math.min(r, g, b);
  if (span === 0) return 0;
  const sector = max === r ? ((g - b) / span + 6) % 6 : max === g ? (b - r) / span + 2 : (r - g) / span + 4;
  return sector * 60;
}

/** How far apart two colours are around the colour wheel, in degrees (0–180). */
function hueDistance(a: string, b: string): number {
  const d = Math.abs(hueOf(a) - hueOf(b));
  return Math.min(d, 360 - d);
}

/** The focused element's id and whether all of it is inside the viewport. */
function focusInView(page: Page): Promise<{ id: string; inView: boolean }> {
  return page.evaluate<{ id: string; inView: boolean }>(`(() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    return { id: el.id, inView: box.top >= 0 && box.bottom <= window.innerHeight };
  })()`);
}

describe('a refused form', () => {
  it('brings the cursor to the first invalid field, every invalid control outlined in the error colour', async () => {
    // A running experiment puts the own-design form well down the page.
    await startFitTest(session.server, 'arena-first-part');
    const page = await session.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.server.at('/experiments'));
    await page.getByText('Describe your own experiment').click();
    const form = page.locator('#start-own-form');
    await form.getByLabel('Title').fill('   ');
    await form.getByLabel('Weeks').fill('20');
    await form.getByRole('button', { name: 'Start my experiment' }).click();
    // The browser refuses a title of only spaces before anything is sent.
    expect(
      await page.evaluate<boolean>(`document.getElementById('own-title').validity.patternMismatch`),
    ).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/experiments');
    expect(await page.locator('#own-error-summary').count()).toBe(0);

    // Sent anyway (as a browser without validation would), the server refuses it.
    await page.evaluate(`document.getElementById('start-own-form').setAttribute('novalidate', '')`);
    await form.getByRole('button', { name: 'Start my experiment' }).click();
    await page.locator('#own-error-summary').waitFor();
    await expect.poll(() => focusInView(page)).toEqual({ id: 'own-title', inView: true });
    await screenshot(page, 'refused-own-design');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const found = await colours(page, ['own-title', 'own-path', 'own-weeks']);
      expect(found.borders, scheme).toEqual({
        'own-title': found.danger,
        'own-path': found.danger,
        'own-weeks': found.danger,
      });
      // The focused field's ring is nowhere near the error colour's hue.
      expect(hueDistance(found.outline, found.danger), `${found.outline} ${found.danger}`).toBeGreaterThan(
        90,
      );
    }
  });

  it('leaves the library search box ringed in the focus colour, not the error colour', async () => {
    const page = await session.newPage();
    await page.goto(session.server.at('/library'));
    await page.getByLabel('Search', { exact: true }).focus();
    const ring = await page.evaluate<{ outline: string; danger: string }>(`(() => {
      const probe = document.createElement('p');
      probe.className = 'field-error';
      document.body.append(probe);
      const danger = getComputedStyle(probe).color;
      probe.remove();
      return { outline: getComputedStyle(document.activeElement).outlineColor, danger };
    })()`);
    expect(hueDistance(ring.outline, ring.danger), `${ring.outline} ${ring.danger}`).toBeGreaterThan(90);
  });
});

/** How wide the page's content is, against the width of the screen. */
function sidewaysScroll(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate<{ scrollWidth: number; clientWidth: number }>(`(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))()`);
}

describe('on a phone (390×844)', () => {
  it('keeps a comparison’s wide table inside its scrolling wrapper', async () => {
    const a = await saveProfile(session.server, 'Me now', RESEARCH_STUDENT);
    const b = await saveProfile(session.server, 'Me if policy', POLICY_PROFESSIONAL);
    const page = await session.newPage(PHONE);
    await page.goto(session.server.at(`/compare?a=${a}&b=${b}`));
    const { scrollWidth, clientWidth } = await sidewaysScroll(page);
    expect(clientWidth).toBe(390);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  it('never breaks a date at its hyphens', async () => {
    const id = await startFitTest(session.server, 'replicate-interpretability-result');
    await logCheckIn(session.server, id, 2, 3);
    const page = await session.newPage(PHONE);
    for (const path of [`/experiments/${id}`, '/experiments', '/fit']) {
      await page.goto(session.server.at(path));
      const lines = await page.evaluate<number[]>(
        `[...document.querySelectorAll('main time')].map((el) => el.getClientRects().length)`,
      );
      expect(lines.length, path).toBeGreaterThan(0);
      expect(
        lines.every((n) => n === 1),
        `${path}: ${lines.join(', ')}`,
      ).toBe(true);
    }
  });
});

describe('on a laptop (1280 wide)', () => {
  it('keeps an experiment’s status and check-in count on one line', async () => {
    const id = await startFitTest(session.server, 'replicate-interpretability-result');
    const page = await session.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.server.at(`/experiments/${id}`));
    // Each piece of the line (badges, the status with its count) sits on the same line, and the
    // status is not wrapped inside itself either.
    const pieces = await page.evaluate<{ middles: number[]; statusLines: number }>(`(() => {
      const meta = document.querySelector('.page-header .meta');
      const middles = [...meta.children].map((el) => {
        const box = el.getBoundingClientRect();
        return Math.round(box.top + box.height / 2);
      });
      const status = meta.lastElementChild;
      const lineHeight = parseFloat(getComputedStyle(status).lineHeight);
      return { middles, statusLines: Math.round(status.getBoundingClientRect().height / lineHeight) };
    })()`);
    expect(pieces.middles.length).toBeGreaterThan(1);
    expect(pieces.statusLines).toBe(1);
    expect(new Set(pieces.middles).size).toBe(1);
  });
});

describe('an unknown address', () => {
  it('gets the styled layout with the navigation, dark in dark mode', async () => {
    const page = await session.newPage({ colorScheme: 'dark' });
    const response = await page.goto(session.server.at('/nope'));
    expect(response?.status()).toBe(404);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('link', { name: 'Back to the home page' }).waitFor();
    const background = await page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    expect(background).not.toBe('rgb(255, 255, 255)');
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await screenshot(page, 'not-found-dark');
  });
});
