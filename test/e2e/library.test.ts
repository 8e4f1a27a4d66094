/** The library: search as you type (typos allowed), then an item page that cites the post. */
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts.js';
import { useBrowserSession } from './support/session.js';
import { shownText } from './support/text.js';

const session = useBrowserSession();

/** What "superposition" should find first: the toy-models paper or the research direction itself. */
const EXPECTED_FIRST = ['elhage2022-toy-models-superposition', 'mechanistic-interpretability'];

describe('the library', () => {
  it('finds a typo as you type and opens the result', async () => {
    const page = await session.newPage();
    await page.goto(session.server.at('/library'));
    const results = page.locator('#library-results');
    const status = page.getByRole('status');
    const browsing = await shownText(status);
    // A mark on this document: it survives only if the results update without loading a new page.
    await page.evaluate('globalThis.leverSameDocument = true');

    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('superpositon', { delay: 40 });
    await expect.poll(() => shownText(status)).toContain('“superpositon”');
    expect(await shownText(status)).not.toBe(browsing);
    expect(await page.evaluate('globalThis.leverSameDocument')).toBe(true);
    await page.waitForURL((url) => url.searchParams.get('q') === 'superpositon');

    const rows = results.locator('li.result[data-id]');
    expect(await rows.count()).toBeGreaterThan(0);
    const first = rows.first();
    expect(EXPECTED_FIRST).toContain(await first.getAttribute('data-id'));
    await screenshot(page, 'library-search');

    const link = first.locator('a.result-title');
    const title = await shownText(link);
    await link.click();
    await page.waitForURL((url) => url.pathname.startsWith('/library/'));
    expect(await shownText(page.getByRole('heading', { level: 1 }))).toBe(title);
    const source = page.locator('[data-testid=source-link]');
    expect(await shownText(source)).toMatch(/^From the post:/);
    const passage = source.getByRole('link');
    expect(await passage.getAttribute('href')).toMatch(/^https?:\/\//);
    await screenshot(page, 'library-item');
  });
});
