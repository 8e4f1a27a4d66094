import { describe, expect, it } from 'vitest';
import { excerpt, makeSnippet, SNIPPET_LENGTH } from './snippet.js';

const long = `${'Some opening words that set the scene. '.repeat(6)}Then superposition appears here. ${'More text follows. '.repeat(10)}`;

describe('makeSnippet', () => {
  it('cuts around the first matched word and marks both cuts', () => {
    const snippet = makeSnippet(long, [], ['superposition']);
    expect(snippet).toContain('superposition appears');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
  });

  it('prefers the summary, then the first passage that matches', () => {
    expect(makeSnippet('No match.', ['First passage.', 'A passage on debate.'], ['debate'])).toBe(
      'A passage on debate.',
    );
  });

  it('matches words regardless of case and accents', () => {
    expect(makeSnippet('Nothing.', ['Über DEBATE'], ['debate'])).toBe('Über DEBATE');
  });

  it('uses the start of the summary when no passage matches', () => {
    expect(makeSnippet('Short summary.', ['other'], ['missing'])).toBe('Short summary.');
  });
});

describe('excerpt', () => {
  it('keeps short text whole and squeezes whitespace', () => {
    expect(excerpt('  two\n  lines ')).toBe('two lines');
  });

  it('cuts long text at a word boundary', () => {
    const text = 'word '.repeat(100);
    const cut = excerpt(text, 0, 23);
    expect(cut).toBe('word word word word…');
  });
});
