import { describe, expect, it } from 'vitest';
import { visibleText } from './visible-text.js';

describe('visibleText', () => {
  it('keeps unicode, markup, tabs and line breaks as written', () => {
    const text = '<b>bold</b> & "quotes" — ünïcødé 🎉\tand a tab\nand a line';
    expect(visibleText(text)).toBe(text);
  });

  it('shows escape, bell and other control characters as a replacement mark', () => {
    expect(visibleText('red \u001b[31mtext\u0007 \u009b \u007f')).toBe(
      'red \uFFFD[31mtext\uFFFD \uFFFD \uFFFD',
    );
    expect(visibleText('line one\r\nline two\rthree')).toBe('line one\nline two\nthree');
  });
});
