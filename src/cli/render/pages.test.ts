/** Every page of the real knowledge base, rendered as a pipe would get it: within 80 columns, no colour. */
import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromContent } from '../../content/content-kb.js';
import { indexKnowledgeBase } from '../../core/kb/items.js';
import { itemView } from '../item-view.js';
import { PLURALS } from '../kinds.js';
import type { Terminal } from '../terminal.js';
import { renderList } from './list.js';
import { renderItemPage } from './show/page.js';

const indexed = indexKnowledgeBase(loadKnowledgeBaseFromContent());
const pipe: Terminal = { width: 80, colors: pc.createColors(false) };
const URL_LINE = /^\s*https?:\/\/\S+$/;
/** A command to copy, like a URL, stays whole on its own line even when it is wider than the terminal. */
const COMMAND_LINE = /^\s*lever [a-z]+( [a-z0-9-]+)*$/;
const tooWide = (text: string, width: number) =>
  text.split('\n').filter((line) => line.length > width && !URL_LINE.test(line) && !COMMAND_LINE.test(line));

describe('pages of the real knowledge base', () => {
  it('renders every item within 80 columns, with its summary and the link to the post', () => {
    for (const entry of indexed.items) {
      const page = renderItemPage(pipe, indexed, entry, itemView(indexed, entry));
      expect(tooWide(page, 80), entry.item.id).toEqual([]);
      expect(page, entry.item.id).toContain('From the post: ');
      expect(page, entry.item.id).not.toContain('undefined');
    }
  });

  it('lists every kind within 80 columns', () => {
    for (const kind of Object.keys(PLURALS) as (keyof typeof PLURALS)[]) {
      expect(tooWide(renderList(pipe, indexed, kind), 80), kind).toEqual([]);
    }
  });

  it('keeps to a narrow terminal too', () => {
    const narrow: Terminal = { width: 50, colors: pc.createColors(false) };
    for (const entry of indexed.items) {
      const page = renderItemPage(narrow, indexed, entry, itemView(indexed, entry));
      expect(tooWide(page, 50), entry.item.id).toEqual([]);
    }
  });
});
