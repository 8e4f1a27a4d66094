/**
 * Hostile text written through the API (escaping-data.ts) shows only as text on every page: the
 * pages that show it are found by following the links of the saved profiles, experiments, asks,
 * fit, comparison and share-link pages, so a page added later is checked too. No page may carry
 * an inline script, an event handler or a javascript: URL; the pages that are about each record
 * must show its text exactly as typed; downloads reached by links are checked like the exports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, send, type World } from './api-world.js';
import { HOSTILE_LINE, HOSTILE_LINES, type HostileRecords, writeHostileRecords } from './escaping-data.js';
import {
  calendarEvents,
  expectSafeHtml,
  expectSafeMarkdown,
  startTags,
  visibleText,
} from './markup-safety.js';

/** Enough for every journal and profile page; the library's hundreds of item pages hold no typed text. */
const MAX_PAGES = 150;
const SKIPPED = /^\/(assets|library|map)(\/|$|\?)/;
const LAST_LINE = HOSTILE_LINES.split('\n').at(-1) as string;

let world: World;
let records: HostileRecords;
/** Every page reached, by URL: status, content type and body. */
const pages = new Map<string, { status: number; type: string; text: string }>();

async function crawl(seeds: string[]): Promise<void> {
  const queue = [...seeds];
  while (queue.length > 0 && pages.size < MAX_PAGES) {
    const url = queue.shift() as string;
    if (pages.has(url)) continue;
    const response = await send(world.app, { method: 'GET', url });
    pages.set(url, { status: response.status, type: response.contentType, text: response.text });
    if (!response.contentType.startsWith('text/html')) continue;
    for (const tag of startTags(response.text)) {
      const href = tag.name === 'a' ? tag.attributes.find((a) => a.name === 'href')?.value : undefined;
      const path = href?.split('#')[0];
      if (path?.startsWith('/') && !path.startsWith('//') && !SKIPPED.test(path) && !pages.has(path))
        queue.push(path);
    }
  }
}

beforeAll(async () => {
  world = await openWorld();
  records = await writeHostileRecords(world);
  const { profileId, shareParam } = records;
  await crawl([
    '/',
    '/profiles',
    '/experiments',
    '/asks',
    '/fit',
    `/plan?p=${shareParam}`,
    `/start?p=${shareParam}`,
    `/compare?a=${encodeURIComponent(profileId)}&b=${shareParam}`,
  ]);
}, 60_000);
afterAll(() => world.close());

describe('hostile text on the pages', () => {
  it('reaches the pages of every record', () => {
    const urls = [...pages.keys()];
    for (const id of [records.experimentId, records.finishedId, records.askId, records.profileId]) {
      expect(
        urls.some((url) => url.includes(id)),
        id,
      ).toBe(true);
    }
  });

  it('is never markup on any page', () => {
    for (const [url, page] of pages) {
      expect(page.status, url).toBeLessThan(500);
      if (page.type.startsWith('text/html')) expectSafeHtml(page.text, url);
      if (page.type.startsWith('text/markdown')) expectSafeMarkdown(page.text, url);
      if (page.type.startsWith('text/calendar')) {
        expect(
          calendarEvents(page.text).map((e) => e.summary),
          url,
        ).not.toContain('injected');
      }
    }
  });

  it('shows exactly as typed where it belongs', () => {
    const { profileId, experimentId, finishedId, askId, shareParam } = records;
    const showing = [
      '/profiles',
      `/profiles/${profileId}`,
      '/experiments',
      `/experiments/${experimentId}`,
      `/experiments/${finishedId}`,
      `/asks/${askId}`,
      `/plan?p=${shareParam}`,
      `/start?p=${shareParam}`,
    ];
    for (const url of showing) {
      const page = pages.get(url) ?? { status: 0, type: '', text: '' };
      expect(page.status, url).toBe(200);
      expect(visibleText(page.text), url).toContain(HOSTILE_LINE);
    }
    // The last line of the multi-line fields: a check-in's note, a reflection, an ask's text.
    for (const url of [`/experiments/${experimentId}`, `/experiments/${finishedId}`, `/asks/${askId}`]) {
      expect(visibleText(pages.get(url)?.text ?? ''), url).toContain(LAST_LINE);
    }
  });
});
