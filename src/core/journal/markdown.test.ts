import { describe, expect, it } from 'vitest';
import { buildDirection, buildKnowledgeBase, buildPath, buildTopic } from '../search/testing/kb-builders.js';
import { journalMarkdown } from './markdown.js';
import { buildAsk, buildCheckIn, buildExperiment, buildExpertiseExperiment } from './testing/builders.js';

const kb = buildKnowledgeBase({
  paths: [buildPath(), buildPath({ id: 'governance-research', title: 'Governance research' })],
  directions: [buildDirection()],
  topics: [buildTopic()],
});

/** The cells of a Markdown table row, splitting only on pipes that are not escaped. */
const cells = (row: string): string[] =>
  row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

describe('journalMarkdown', () => {
  it('says so when nothing is logged', () => {
    expect(journalMarkdown({ experiments: [], asks: [] }, kb)).toBe(
      '# Lever journal\n\nNothing logged yet.\n',
    );
  });

  it('lists an experiment with its path, dates, status, deliverable, check-ins and reflection', () => {
    const experiment = buildExperiment({
      direction: 'mechanistic-interpretability',
      status: 'finished',
      finishedOn: '2024-03-20',
      reflection: 'Faster than I expected.\n\nI enjoyed the debugging most.',
      checkIns: [
        buildCheckIn(),
        buildCheckIn({ id: 'ci-2', date: '2024-03-15', hours: null, progress: 4, enjoyment: 3, note: null }),
      ],
    });
    const md = journalMarkdown({ experiments: [experiment], asks: [] }, kb);
    expect(md).toContain(
      [
        '## Fit experiments',
        '',
        '### Replicate a paper',
        '',
        '- **Path:** Alignment research (Mechanistic interpretability)',
        '- **Started:** 2024-03-01 · **Due:** 2024-03-29 · **Status:** finished on 2024-03-20',
        '- **Deliverable:** A write-up',
        '',
        '#### Check-ins',
        '',
        '| Date | Hours | Progress | Enjoyment | Note |',
        '| --- | ---: | ---: | ---: | --- |',
        '| 2024-03-08 | 6 | 3/4 | 2/4 | Got the training loop running. |',
        '| 2024-03-15 |  | 4/4 | 3/4 |  |',
        '',
        '#### Reflection',
        '',
        'Faster than I expected.',
        '',
        'I enjoyed the debugging most.',
      ].join('\n'),
    );
    expect(md).not.toContain('## Expertise plans');
    expect(md).not.toContain('## Concrete asks');
  });

  it('shows an active experiment without check-ins as such', () => {
    const md = journalMarkdown({ experiments: [buildExperiment({ deliverable: null })], asks: [] }, kb);
    expect(md).toContain('**Status:** active');
    expect(md).toContain('#### Check-ins\n\nNo check-ins yet.');
    expect(md).not.toContain('Deliverable');
    expect(md).not.toContain('Reflection');
  });

  it('lists expertise plans apart, with their dated milestones', () => {
    const md = journalMarkdown(
      { experiments: [buildExpertiseExperiment(), buildExperiment()], asks: [] },
      kb,
    );
    const expertise = md.slice(md.indexOf('## Expertise plans'));
    expect(md.indexOf('## Fit experiments')).toBeLessThan(md.indexOf('## Expertise plans'));
    expect(expertise).toContain('### Tamper-evident logging on GPUs');
    expect(expertise).toContain('**Path:** Governance research');
    expect(expertise).toContain('| Week | Date | Milestone |');
    expect(expertise).toContain('| 0 | 2024-01-01 | Start from the readings |');
    expect(expertise).toContain('| 24 | 2024-06-17 | Publish your post or paper |');
  });

  it('includes each ask with its checks', () => {
    const md = journalMarkdown(
      { experiments: [], asks: [buildAsk(), buildAsk({ id: 'ask-2', title: 'Second', owner: null })] },
      kb,
    );
    expect(md).toContain('## Concrete asks\n\n### Pre-release evaluations\n');
    expect(md).toContain('#### Steps\n\n1. Pick an evaluation suite');
    expect(md).toContain('### Second');
    expect(md).toContain('- **To do:** Nobody has agreed to lead it yet');
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('shows typed notes, reflections and titles as text, never as markup', () => {
    const experiment = buildExperiment({
      title: '# <script>alert("t")</script>',
      deliverable: '`rm -rf` & <b>bold</b>',
      reflection: '## Not a heading\n- not a list\n<script>x</script>',
      checkIns: [buildCheckIn({ note: 'a | b || c\n# heading?\n<script>alert(1)</script> `tick`' })],
    });
    const md = journalMarkdown({ experiments: [experiment], asks: [] }, kb);
    expect(md).not.toMatch(/(^|[^\\])<(script|b)/m);
    expect(md).toContain('### \\# \\<script\\>alert("t")\\</script\\>');
    expect(md).toContain('- **Deliverable:** \\`rm -rf\\` \\& \\<b\\>bold\\</b\\>');
    expect(md).toContain(
      '#### Reflection\n\n\\#\\# Not a heading\\\n\\- not a list\\\n\\<script\\>x\\</script\\>',
    );
    const row = md.split('\n').find((line) => line.startsWith('| 2024-03-08'));
    expect(row).toBeDefined();
    const note = cells(row ?? '');
    expect(note).toHaveLength(5);
    expect(note[4]).toBe('a \\| b \\|\\| c \\# heading? \\<script\\>alert(1)\\</script\\> \\`tick\\`');
    // No line of the document but Lever's own headings starts with a hash.
    const hashLines = md.split('\n').filter((line) => line.startsWith('#'));
    expect(hashLines.every((line) => /^#{1,4} /.test(line))).toBe(true);
  });
});
