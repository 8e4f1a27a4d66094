import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { buildCheckIn, buildExperiment } from '../../../core/journal/testing/builders.js';
import type { Terminal } from '../../terminal.js';
import { displayWidth } from '../display-width.js';
import { renderExperiments } from './experiments.js';

const term = (width: number): Terminal => ({ width, colors: pc.createColors(false) });

const experiments = [
  buildExperiment({
    id: 'aaaaaaaa-0000-4000-8000-000000000001',
    title: '界'.repeat(30),
    path: 'governance-research',
    status: 'finished',
    finishedOn: '2024-03-20',
    checkIns: [buildCheckIn()],
  }),
  buildExperiment({
    id: 'bbbbbbbb-0000-4000-8000-000000000002',
    title: 'Replicate a published interpretability result',
  }),
];

/** The table's lines: from the header row to the blank line after the last row. */
function tableLines(page: string): string[] {
  const lines = page.split('\n');
  const header = lines.findIndex((line) => line.startsWith('id '));
  return lines.slice(header, header + experiments.length + 1);
}

describe('renderExperiments', () => {
  it.each([60, 80])('fits %i columns, with a CJK title cut to its column and the rows aligned', (width) => {
    const page = renderExperiments(term(width), experiments);
    for (const line of page.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    const [header, cjk, latin] = tableLines(page);
    expect(cjk).toMatch(/^aaaaaaaa {2}(界)+…/);
    expect(latin).toMatch(/^bbbbbbbb {2}Replicate a /);
    // Every column after the title starts at the same column on every row.
    const dueAt = (line = '') => displayWidth(line.slice(0, line.lastIndexOf(' ') + 1));
    expect(dueAt(cjk)).toBe(dueAt(header));
    expect(dueAt(latin)).toBe(dueAt(header));
  });

  it('shows the path on a terminal wide enough for it, and leaves it out on a narrow one', () => {
    expect(tableLines(renderExperiments(term(80), experiments))[0]).toContain('path');
    expect(tableLines(renderExperiments(term(60), experiments))[0]).not.toContain('path');
    expect(renderExperiments(term(60), experiments)).toContain('check-ins');
  });
});
