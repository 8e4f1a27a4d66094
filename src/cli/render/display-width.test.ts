import { describe, expect, it } from 'vitest';
import { charWidth, displayWidth, truncateToWidth } from './display-width.js';

describe('displayWidth', () => {
  it('counts one column for Latin text, accents and typographic punctuation', () => {
    expect(displayWidth('naïve — “quoted” 𝑥')).toBe(18);
    expect(displayWidth('')).toBe(0);
  });

  it('counts two columns for CJK, Hangul, fullwidth forms and emoji', () => {
    expect(displayWidth('界')).toBe(2);
    expect(displayWidth('日本語のテキスト')).toBe(16);
    expect(displayWidth('한국어')).toBe(6);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('🎉')).toBe(2);
    expect(displayWidth('𠀋')).toBe(2);
  });

  it('counts nothing for combining marks and zero-width characters', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(charWidth('\ufe0f')).toBe(0);
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits and cuts longer text to the width, ending in an ellipsis', () => {
    expect(truncateToWidth('short', 5)).toBe('short');
    expect(truncateToWidth('a longer title', 8)).toBe('a longe…');
  });

  it('never splits a wide character to fill the last column', () => {
    expect(truncateToWidth('界界界界', 6)).toBe('界界…');
    expect(truncateToWidth('界界界界', 5)).toBe('界界…');
    expect(displayWidth(truncateToWidth('ab界界界', 5))).toBeLessThanOrEqual(5);
  });
});
