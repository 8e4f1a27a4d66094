import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import type { Terminal } from '../../terminal.js';
import { displayWidth } from '../display-width.js';
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

  it('measures wide characters as two columns, so CJK text lines up and is cut to fit', () => {
    const lines = renderTable(term(24), columns, [
      ['abc', '界'.repeat(20), '3'],
      ['de', 'Latin', '12'],
    ]).split('\n');
    expect(lines.map(displayWidth)).toEqual([24, 24, 24]);
    expect(lines[1]).toBe(`abc  ${'界'.repeat(7)}…   3`);
    expect(lines[2]).toBe(`de   Latin${' '.repeat(10)}  12`);
  });

  it('leaves out optional columns, first the lowest, when the title would have too little room', () => {
    const wide = [
      { header: 'id' },
      { header: 'title', flexible: true },
      { header: 'category', optional: 1 },
      { header: 'count', optional: 2 },
      { header: 'when' },
    ];
    const row = ['a1', 'A title of some length', 'a-rather-long-category', '7', '2024-03-01'];
    expect(renderTable(term(80), wide, [row]).split('\n')[0]).toBe(
      'id  title                   category                count  when',
    );
    expect(renderTable(term(50), wide, [row]).split('\n')[0]).toBe('id  title                   count  when');
    expect(renderTable(term(38), wide, [row]).split('\n')[1]).toBe('a1  A title of some length  2024-03-01');
  });

  it('gives the flexible column only the room it needs on a wide terminal', () => {
    const lines = renderTable(term(200), columns, [['x', 'Short', '1']]).split('\n');
    expect(lines[1]).toBe('x   Short  1');
  });
});
