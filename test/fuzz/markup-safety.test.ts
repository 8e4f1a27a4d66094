/** The checks of markup-safety.ts catch what they are for, and pass what is escaped. */
import { describe, expect, it } from 'vitest';
import { expectSafeHtml, expectSafeMarkdown, markdownText, visibleText } from './markup-safety.js';

describe('expectSafeHtml', () => {
  it('fails inline scripts, event handlers and javascript: URLs', () => {
    for (const html of [
      '<p><script>alert(1)</script></p>',
      '<p title=""><img src=x onerror=alert(1)>">',
      '<a href="javascript:alert(1)">x</a>',
      '<a href=" &#106;avascript:alert(1)">x</a>',
      '<div onclick="x()">x</div>',
    ]) {
      expect(() => expectSafeHtml(html, 'test'), html).toThrow();
    }
  });

  it('passes escaped text, also inside attribute values', () => {
    const html =
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p><script src="/assets/a.js"></script>';
    expect(() => expectSafeHtml(html, 'test')).not.toThrow();
    expect(visibleText(html)).toContain('<script>alert(1)</script>');
  });
});

describe('expectSafeMarkdown', () => {
  it('fails raw HTML and javascript: links', () => {
    for (const markdown of [
      'a <script>x</script>',
      '[x](javascript:alert(1))',
      '<img src=x>',
      '<javascript:alert(1)>',
    ]) {
      expect(() => expectSafeMarkdown(markdown, 'test'), markdown).toThrow();
    }
  });

  it('passes escaped text and reads back what was typed', () => {
    const markdown = '\\<script\\> \\[x\\](javascript:alert(1)) a \\\\ b\\\nnext';
    expect(() => expectSafeMarkdown(markdown, 'test')).not.toThrow();
    expect(markdownText(markdown)).toBe('<script> [x](javascript:alert(1)) a \\ b\nnext');
  });
});
