import { describe, expect, it } from 'vitest';
import { excerpt, makeSnippet, SNIPPET_LENGTH, snippetPassage, termPattern } from './snippet.js';

const long = `${'Some opening words that set the scene. '.repeat(6)}Then superposition appears here. ${'More text follows. '.repeat(10)}`;
const passages = (...texts: string[]) => texts.map(snippetPassage);

describe('makeSnippet', () => {
  it('cuts around the first matched word and marks both cuts', () => {
    const snippet = makeSnippet(passages(long), termPattern(['superposition']));
    expect(snippet).toContain('superposition appears');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
  });

  it('prefers the summary, then the first passage that matches', () => {
    expect(
      makeSnippet(passages('No match.', 'First passage.', 'A passage on debate.'), termPattern(['debate'])),
    ).toBe('A passage on debate.');
  });

  it('matches whole words only, regardless of case and accents', () => {
    expect(makeSnippet(passages('Nothing.', 'Debates galore', 'Über DEBATE'), termPattern(['debate']))).toBe(
      'Über DEBATE',
    );
  });

  it('uses the start of the summary when no passage matches', () => {
    expect(makeSnippet(passages('Short summary.', 'other'), termPattern(['missing']))).toBe('Short summary.');
    expect(makeSnippet(passages('Short summary.'), termPattern([]))).toBe('Short summary.');
  });

  it('treats matched terms as text, not as patterns', () => {
    expect(makeSnippet(passages('Summary.', 'abc and a+c'), termPattern(['a.c']))).toBe('Summary.');
    expect(makeSnippet(passages('Summary.', 'abc and a+c'), termPattern(['a+c']))).toBe('abc and a+c');
  });
});

describe('excerpt', () => {
  it('keeps short text whole', () => {
    expect(excerpt('two lines')).toBe('two lines');
  });

  it('squeezes whitespace when a passage is prepared', () => {
    expect(snippetPassage('  Two\n  Lines ')).toBe('Two Lines');
  });

  it('cuts long text at a word boundary', () => {
    const text = 'word '.repeat(100).trim();
    const cut = excerpt(text, 0, 23);
    expect(cut).toBe('word word word word…');
  });
});
