/** The journal services over the real knowledge base: every catalogue test and topic can be started. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromContent } from '../../content/content-kb.js';
import { journalCalendar } from './ics.js';
import { journalMarkdown } from './markdown.js';
import { Experiment } from './schema.js';
import { experimentRecord, topicClaimRecord } from './service.js';

const kb = loadKnowledgeBaseFromContent();
const TODAY = '2024-01-01';
const stored = (record: ReturnType<typeof experimentRecord>, id: string) =>
  Experiment.parse({
    ...record,
    id,
    status: 'active',
    finishedOn: null,
    reflection: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    checkIns: [],
  });

describe('the journal over the real knowledge base', () => {
  const fitTests = kb.fitTests.map((t) => stored(experimentRecord({ testId: t.id }, kb, TODAY), t.id));
  const topics = kb.topics.map((t) => stored(topicClaimRecord({ topicId: t.id }, kb, TODAY), t.id));

  it('starts an experiment from every catalogue test and every governance topic', () => {
    expect(fitTests.length).toBeGreaterThan(0);
    expect(topics).toHaveLength(24);
    for (const e of fitTests) expect(e.dueOn > e.startedOn).toBe(true);
  });

  it('exports all of them as a calendar that parses, and as Markdown', () => {
    const all = [...fitTests, ...topics];
    const calendar = new ICAL.Component(
      ICAL.parse(journalCalendar(all, kb, new Date('2024-01-01T00:00:00Z'))),
    );
    const uids = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain(`${topics[0]?.id}-publish@lever`);
    const md = journalMarkdown({ experiments: all, asks: [] }, kb);
    expect(md.match(/^### /gm)).toHaveLength(all.length);
  });
});
