/**
 * Hostile text in the exports: the Markdown documents (the journal, an ask, from the API and from
 * the pages) show it as text, never raw HTML or a javascript: link, and give back the typed words
 * once their escapes are read; the calendar (API and page) escapes it per RFC 5545, so ical.js
 * reads back exactly the typed title and deliverable, and a title cannot add an event of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, send, type World } from './api-world.js';
import {
  HOSTILE_LINE,
  HOSTILE_LINES,
  type HostileRecords,
  INJECTING_TITLE,
  writeHostileRecords,
} from './escaping-data.js';
import { calendarEvents, expectSafeMarkdown, markdownText, oneLine } from './markup-safety.js';

let world: World;
let records: HostileRecords;
beforeAll(async () => {
  world = await openWorld();
  records = await writeHostileRecords(world);
});
afterAll(() => world.close());

async function text(url: string): Promise<string> {
  const response = await send(world.app, { method: 'GET', url });
  expect(response.status, url).toBe(200);
  return response.text;
}

describe('Markdown exports', () => {
  it('show every hostile field as text: no raw HTML, no live link, the typed words read back', async () => {
    const documents = {
      '/api/v1/journal/markdown': await text('/api/v1/journal/markdown'),
      '/journal.md': await text('/journal.md'),
      [`/api/v1/asks/${records.askId}/markdown`]: await text(`/api/v1/asks/${records.askId}/markdown`),
      [`/asks/${records.askId}.md`]: await text(`/asks/${records.askId}.md`),
    };
    for (const [url, markdown] of Object.entries(documents)) {
      expectSafeMarkdown(markdown, url);
      const read = oneLine(markdownText(markdown));
      expect(read, url).toContain(oneLine(HOSTILE_LINE));
      // Multi-line fields may be joined into one line, but every word stays as typed.
      expect(read, url).toContain(oneLine(HOSTILE_LINES.split('\n').at(-1) ?? ''));
    }
  });
});

describe('the calendar', () => {
  it('escapes typed text per RFC 5545, so a parser reads back exactly what was typed', async () => {
    for (const url of ['/api/v1/journal/calendar', '/journal.ics']) {
      const parsed = calendarEvents(await text(url));
      const due = parsed.find((e) => e.uid === `${records.experimentId}-due@lever`);
      expect(due?.summary, url).toBe(`Due: ${HOSTILE_LINE}`);
      expect(due?.description, url).toContain(`Deliverable: ${HOSTILE_LINES}.`);
      const reminder = parsed.find((e) => e.uid === `${records.experimentId}-check-in@lever`);
      expect(reminder?.summary, url).toBe(`Check in: ${HOSTILE_LINE}`);
    }
  });

  it('keeps a title that tries to end its event inside that event', async () => {
    const parsed = calendarEvents(await text('/api/v1/journal/calendar'));
    expect(parsed.some((e) => e.summary === 'injected')).toBe(false);
    const own = parsed.filter((e) => e.uid.startsWith(`${records.injectingId}-`));
    // Its deadline and its weekly reminder, nothing more; the title's line breaks read back as breaks.
    expect(own.map((e) => e.uid).sort()).toEqual(
      [`${records.injectingId}-check-in@lever`, `${records.injectingId}-due@lever`].sort(),
    );
    const due = own.find((e) => e.uid.endsWith('-due@lever'));
    expect(due?.summary.replace(/\r\n?/g, '\n')).toBe(`Due: ${INJECTING_TITLE.replace(/\r\n/g, '\n')}`);
  });
});
