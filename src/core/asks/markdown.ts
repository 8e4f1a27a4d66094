/**
 * A concrete ask as a Markdown document a person can send or print: the ask, its steps, who leads
 * it, what it costs the lab, and the builder's checks. Everything the person typed is escaped, so
 * it shows as written and never turns into markup.
 */

import { userHeading, userParagraphs, userText } from '../journal/markdown-text.js';
import { heading, joinBlocks, mdSection } from '../plan/markdown-syntax.js';
import type { AskCheck, AskContent } from './checks.js';

function stepsList(steps: readonly string[]): string {
  const items = steps.filter((step) => step.trim() !== '');
  return items.length === 0
    ? 'No steps yet.'
    : items.map((step, i) => `${i + 1}. ${userText(step)}`).join('\n');
}

function checksList(checks: readonly AskCheck[]): string {
  return checks
    .map((c) => `- **${c.ok ? 'Done' : 'To do'}:** ${userText(c.text)} (\`${c.principle}\`)`)
    .join('\n');
}

/**
 * The ask as Markdown, its title a heading of `level` (1 for a document of its own, deeper when
 * it sits inside another document such as the journal).
 */
export function askMarkdown(ask: AskContent, checks: readonly AskCheck[], level = 1): string {
  const sub = level + 1;
  return `${joinBlocks([
    userHeading(level, ask.title),
    ask.lab ? `**Lab:** ${userText(ask.lab)}` : '',
    `${heading(sub, 'The ask')}\n\n${userParagraphs(ask.ask)}`,
    `${heading(sub, 'Steps')}\n\n${stepsList(ask.steps)}`,
    `${heading(sub, 'Who leads it')}\n\n${ask.owner ? userText(ask.owner) : 'Nobody has agreed to lead it yet.'}`,
    `${heading(sub, 'What the lab gives up')}\n\n${ask.cost ? userParagraphs(ask.cost) : 'Not stated yet.'}`,
    mdSection(sub, 'Checks', checksList(checks)),
  ])}\n`;
}
