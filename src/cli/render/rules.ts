/** `lever rules`: the rule table and the facts its conditions use, as text for reviewers. */
import type { FactDefinition, FactUse, RuleView } from '../rule-view.js';
import type { Terminal } from '../terminal.js';
import { blocks, bullets, idRow, paragraph, section, titleColumn, wrapWith } from './text.js';

const PAD = '    ';

function factLines(term: Terminal, facts: readonly FactUse[]): string {
  return bullets(
    term,
    facts.map((f) => `${f.means} ${term.colors.dim(`[${f.fact}]`)}`),
    6,
  );
}

function conditionText(term: Terminal, when: RuleView['when']): string {
  const parts: string[] = [];
  const head = (text: string) => `${PAD}${text}`;
  if (when.all)
    parts.push(head(when.all.length === 1 ? 'When:' : 'When all of these hold:'), factLines(term, when.all));
  if (when.any)
    parts.push(
      head(`${parts.length > 0 ? 'and' : 'When'} at least one of these holds:`),
      factLines(term, when.any),
    );
  if (when.none)
    parts.push(head(`${parts.length > 0 ? 'and' : 'When'} none of these holds:`), factLines(term, when.none));
  return parts.length > 0 ? parts.join('\n') : head('Always.');
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `${n}`;
}

/** What the rule adds to a plan, one line per contribution. */
function addsText(term: Terminal, adds: RuleView['adds'], titleOf: (id: string) => string): string {
  const lines: string[] = [];
  const { step, caution, readings, reasons, fit, directions, topics } = adds;
  if (step) lines.push(`Step (${step.when}, priority ${step.priority}): ${step.title}`);
  if (caution) lines.push(`Caution about ${caution.about}`);
  if (readings) lines.push(`Readings: ${readings.resources.map(titleOf).join('; ')}. Why: ${readings.why}`);
  for (const r of reasons ?? []) lines.push(`Reason on the path ${r.path}: ${r.text}`);
  for (const f of fit ?? []) {
    const nudges = [
      f.good === undefined ? '' : `good ${signed(f.good)}`,
      f.enjoy === undefined ? '' : `enjoy ${signed(f.enjoy)}`,
    ];
    lines.push(`Fit nudge on ${f.path}: ${nudges.filter((n) => n !== '').join(', ')}`);
  }
  for (const d of directions ?? []) lines.push(`Reason on the direction ${d.id}: ${d.text}`);
  if (topics) lines.push(`Governance topics: ${topics.ids.map(titleOf).join('; ')}. Why: ${topics.why}`);
  return [`${PAD}Adds:`, bullets(term, lines, 6)].join('\n');
}

function ruleBlock(term: Terminal, rule: RuleView, titleOf: (id: string) => string): string {
  const principle =
    'title' in rule.principle
      ? `${rule.principle.title} ${term.colors.dim(`(${rule.principle.id}; § ${rule.principle.section})`)}`
      : rule.principle.id;
  return [
    wrapWith(term, term.colors.bold(term.colors.cyan(rule.id)), '  '),
    wrapWith(term, `Applies: ${principle}`, PAD),
    conditionText(term, rule.when),
    addsText(term, rule.adds, titleOf),
  ].join('\n');
}

/** Every rule in table order, with a line saying how to read them. */
export function renderRules(
  term: Terminal,
  rules: readonly RuleView[],
  titleOf: (id: string) => string,
): string {
  const intro = paragraph(
    term,
    `${rules.length} rules turn a profile into a plan. Each applies one principle of the post to the people its condition describes; "lever rules --facts" defines the facts in brackets, and "lever show <id>" shows a principle with a link to its passage.`,
  );
  return blocks(intro, ...rules.map((rule) => ruleBlock(term, rule, titleOf)));
}

/** The facts, grouped: about the person, about the ranking, and those written `name:<value>`. */
export function renderFacts(term: Terminal, facts: readonly FactDefinition[]): string {
  const column = titleColumn(
    facts.map((f) => f.fact),
    2,
  );
  const rows = (list: readonly FactDefinition[]) =>
    list
      .map((f) => {
        const values = f.values
          ? `\n${wrapWith(term, term.colors.dim(`values: ${f.values.join(', ')}`), ' '.repeat(column))}`
          : '';
        return `${idRow(term, f.fact, f.means, '  ', column)}${values}`;
      })
      .join('\n');
  return blocks(
    paragraph(
      term,
      'The facts that rule conditions are written in (content/rules.yaml), and what each means.',
    ),
    section(term, 'About the person', rows(facts.filter((f) => !f.values && !f.needsRanking))),
    section(
      term,
      'About the ranking of paths (decided once fit is estimated)',
      rows(facts.filter((f) => !f.values && f.needsRanking)),
    ),
    section(term, 'With a value, written name:value', rows(facts.filter((f) => f.values))),
  );
}
