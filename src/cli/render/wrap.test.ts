import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { visibleWidth, wrapWords } from './wrap.js';

const colors = pc.createColors(true);

describe('wrapWords', () => {
  it('breaks between words so that no line is longer than asked', () => {
    expect(wrapWords('one two three four five', 9)).toEqual(['one two', 'three', 'four five']);
  });

  it('does not count colour codes as width', () => {
    const text = `${colors.bold('one two')} three`;
    const lines = wrapWords(text, 13);
    expect(lines).toEqual([text]);
    expect(visibleWidth(text)).toBe(13);
  });

  it('gives a word longer than the line a line of its own', () => {
    const url = 'https://example.org/a/very/long/path';
    expect(wrapWords(`see ${url} now`, 10)).toEqual(['see', url, 'now']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(visibleWidth('naïve — “quoted” 𝑥')).toBe(18);
  });

  it('returns one empty line for empty text', () => {
    expect(wrapWords('', 10)).toEqual(['']);
  });
});
