import { describe, expect, it } from 'vitest';
import { listWords, midSentence, percent } from './wording.js';

describe('midSentence', () => {
  it('lowercases an ordinary title', () => {
    expect(midSentence('Alignment research')).toBe('alignment research');
    expect(midSentence('A')).toBe('a');
  });

  it('keeps acronyms intact', () => {
    expect(midSentence('ML engineering')).toBe('ML engineering');
    expect(midSentence('AI lab governance')).toBe('AI lab governance');
  });

  it('leaves an empty title empty', () => {
    expect(midSentence('')).toBe('');
  });
});

describe('listWords', () => {
  it('joins lists the way a sentence does', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['coding'])).toBe('coding');
    expect(listWords(['coding', 'maths'])).toBe('coding and maths');
    expect(listWords(['coding', 'maths', 'writing'])).toBe('coding, maths and writing');
  });
});

describe('percent', () => {
  it('rounds to a whole percentage', () => {
    expect(percent(0.493)).toBe('49%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
  });
});
