/**
 * Checks that typed text stays text: in HTML (no script, event handler or javascript: URL that the
 * page's own markup did not put there), in Markdown (no raw HTML, no live link), and helpers to
 * read back the text a person would see, or a calendar program would.
 */
import ICAL from 'ical.js';
import { expect } from 'vitest';

export interface Tag {
  name: string;
  attributes: { name: string; value: string }[];
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/** HTML character references decoded, as a browser shows them. */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return String.fromCodePoint(code);
    }
    return named[ref.toLowerCase()] ?? entity;
  });
}

/** Every start tag of a page with its attributes (values decoded). */
export function startTags(html: string): Tag[] {
  return [...html.matchAll(TAG)].map(([, name = '', attributes = '']) => ({
    name: name.toLowerCase(),
    attributes: [...attributes.matchAll(ATTRIBUTE)].map(([, attribute = '', raw = '']) => ({
      name: attribute.toLowerCase(),
      value: decodeEntities(raw.replace(/^["']|["']$/g, '')),
    })),
  }));
}

/** The text of a page as shown: tags dropped, references decoded. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '));
}

/** Fails when the page has an inline script, an event handler attribute, or a javascript: URL. */
export function expectSafeHtml(html: string, context: string): void {
  for (const tag of startTags(html)) {
    const where = `${context}: <${tag.name} ${tag.attributes.map((a) => a.name).join(' ')}>`;
    if (tag.name === 'script')
      expect(
        tag.attributes.map((a) => a.name),
        where,
      ).toContain('src');
    for (const { name, value } of tag.attributes) {
      expect(name, where).not.toMatch(/^on/);
      expect(`${name}=${value}`, where).not.toMatch(
        /^(href|src|action|formaction|xlink:href)=\s*javascript:/i,
      );
    }
    expect(tag.name === 'img' && tag.attributes.some((a) => a.name === 'src' && a.value === 'x'), where).toBe(
      false,
    );
  }
}

/** Markdown's backslash escapes undone and hard breaks turned back into line breaks. */
export function markdownText(markdown: string): string {
  return markdown.replace(/\\\n/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Fails when Markdown holds raw HTML or a javascript: link outside code, as a renderer would show them. */
export function expectSafeMarkdown(markdown: string, context: string): void {
  // A "<" that is not escaped and starts a tag, a comment or a declaration is raw HTML.
  expect(markdown, `${context}: raw HTML`).not.toMatch(/(^|[^\\])<[a-zA-Z!/?]/m);
  // "](" after an unescaped "]" is a link; its address must never be a script.
  expect(markdown, `${context}: javascript: link`).not.toMatch(/(^|[^\\])\]\(\s*javascript:/im);
  expect(markdown, `${context}: javascript: autolink`).not.toMatch(/(^|[^\\])<javascript:/im);
}

/** Runs of whitespace as one space, so text that a format puts on one line compares with the typed lines. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface CalendarEvent {
  uid: string;
  summary: string;
  description: string;
}

/** The events of an iCalendar file as ical.js reads them, text unescaped. */
export function calendarEvents(calendar: string): CalendarEvent[] {
  const root = new ICAL.Component(ICAL.parse(calendar));
  return root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, summary: event.summary, description: event.description };
  });
}
