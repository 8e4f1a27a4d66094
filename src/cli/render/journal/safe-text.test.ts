import { describe, expect, it } from 'vitest';
import { terminalSafe, userParagraphs } from './safe-text.js';

describe('terminalSafe', () => {
  it('keeps unicode and markup as written', () => {
    const text = '<b>bold</b> & "quotes" — ünïcødé 🎉\tand a tab';
    expect(terminalSafe(text)).toBe(text);
  });

  it('shows escape and other control characters as a replacement mark, never sending them', () => {
    expect(terminalSafe('red \u001b[31mtext\u0007 \u009b')).toBe('red \uFFFD[31mtext\uFFFD \uFFFD');
    expect(terminalSafe('line one\r\nline two\rthree')).toBe('line one\nline two\nthree');
  });
});

describe('userParagraphs', () => {
  it('splits at blank lines and drops empty paragraphs', () => {
    expect(userParagraphs('first\nstill first\n\n  \n\nsecond\n')).toEqual(['first\nstill first', 'second']);
  });
});
