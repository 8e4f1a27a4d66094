import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import type { Terminal } from '../../terminal.js';
import { renderTable, truncate } from './table.js';

const term = (width: number): Terminal => ({ width, colors: pc.createColors(false) });

describe('truncate', () => {
  it('keeps short text and cuts long text to the width, ending in an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a longer title', 8)).toBe('a longe…');
    expect(truncate('ünïcødé 🎉 text', 9)).toBe('ünïcødé …');
  });
});

describe('renderTable', () => {
  const columns = [
    { header: 'id' },
    { header: 'title', flexible: true },
    { header: 'n', align: 'right' as const },
  ];
  const rows = [
    ['abc', 'A title long enough to need cutting on a narrow terminal', '3'],
    ['de', 'Short', '12'],
  ];

  it('aligns the columns and never passes the width', () => {
    const lines = renderTable(term(40), columns, rows).split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(40);
    expect(lines[1]).toMatch(/^abc {2}A title .*… {2} 3$/);
    expect(lines[2]).toMatch(/^de {3}Short +12$/);
  });

  it('gives the flexible column only the room it needs on a wide terminal', () => {
    const lines = renderTable(term(200), columns, [['x', 'Short', '1']]).split('\n');
    expect(lines[1]).toBe('x   Short  1');
  });
});
