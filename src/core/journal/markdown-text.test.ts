import { describe, expect, it } from 'vitest';
import { userHeading, userParagraphs, userText } from './markdown-text.js';

describe('userText', () => {
  it('shows HTML as text, never as a tag', () => {
    expect(userText('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(userText('<img src=x onerror=alert(1)>')).not.toMatch(/(^|[^\\])</);
  });

  it('escapes what would become emphasis, code, links, strikethrough or a table cell', () => {
    expect(userText('*bold* _it_ `code` [a](b) ~~x~~ a|b')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[a\\](b) \\~\\~x\\~\\~ a\\|b',
    );
  });

  it('keeps entity references as typed', () => {
    expect(userText('&lt;b&gt; & co')).toBe('\\&lt;b\\&gt; \\& co');
  });

  it('escapes a leading heading, quote or list marker', () => {
    expect(userText('# Not a heading')).toBe('\\# Not a heading');
    expect(userText('> not a quote')).toBe('\\> not a quote');
    expect(userText('- not a list')).toBe('\\- not a list');
    expect(userText('+ nor this')).toBe('\\+ nor this');
    expect(userText('12. nor an ordered list')).toBe('12\\. nor an ordered list');
    expect(userText('3) nor this')).toBe('3\\) nor this');
    expect(userText('  - even indented')).toBe('\\- even indented');
  });

  it('leaves ordinary text alone and collapses newlines into spaces', () => {
    expect(userText('Ran 3 seeds; 2 matched.')).toBe('Ran 3 seeds; 2 matched.');
    expect(userText('first line\nsecond line')).toBe('first line second line');
    expect(userText('a-b 1.5 x+y')).toBe('a-b 1.5 x+y');
  });

  it('escapes backslashes, so a typed escape is shown as typed', () => {
    expect(userText('C:\\temp \\*')).toBe('C:\\\\temp \\\\\\*');
  });

  it('shows escape, bell and other control characters as a replacement mark, never sending them', () => {
    expect(userText('esc\u001b[31mRED\u001b[0m bell\u0007 end')).toBe(
      'esc\uFFFD\\[31mRED\uFFFD\\[0m bell\uFFFD end',
    );
    expect(userParagraphs('one\u001b\r\ntwo\u0007\r\n\r\nthree')).toBe('one\uFFFD\\\ntwo\uFFFD\n\nthree');
  });
});

describe('userParagraphs', () => {
  it('keeps paragraphs and line breaks, escaping each line on its own', () => {
    expect(userParagraphs('One.\n# two\n\n\n- three\n')).toBe('One.\\\n\\# two\n\n\\- three');
  });

  it('drops blank lines and surrounding space', () => {
    expect(userParagraphs('  \n\nOnly this.\n  \n')).toBe('Only this.');
    expect(userParagraphs('   ')).toBe('');
  });
});

describe('userHeading', () => {
  it('puts the typed title after the level’s hashes, escaped', () => {
    expect(userHeading(3, '# <b>Evals</b> & more')).toBe('### \\# \\<b\\>Evals\\</b\\> \\& more');
  });
});
