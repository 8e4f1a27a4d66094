/** Asks the questionnaire's questions on the terminal, with arrow-key menus. */
import { checkbox, confirm, number, Separator, select } from '@inquirer/prompts';
import type { Answer, HistoryAnswer } from '../../core/profile/questionnaire/answers.js';
import type { Choice, HistoryQuestion, Question } from '../../core/profile/questionnaire/questions.js';

/** The value of the "Skip" choice; it never reaches the profile. */
const SKIP: unique symbol = Symbol('skip');
const SKIP_CHOICE: { value: typeof SKIP; name: string } = { value: SKIP, name: 'Skip' };

/** Tall enough for the longest list on an ordinary terminal, so few lists need scrolling. */
const PAGE_SIZE = 14;

type Value = Choice['value'];

/** Choices for a menu, with a heading line wherever the group changes. */
function menuChoices(
  choices: readonly Choice[],
): (Separator | { value: Value; name: string; description?: string })[] {
  const items: (Separator | { value: Value; name: string; description?: string })[] = [];
  let group: string | undefined;
  for (const choice of choices) {
    if (choice.group !== undefined && choice.group !== group) {
      group = choice.group;
      items.push(new Separator(`── ${group}`));
    }
    items.push(
      choice.hint
        ? { value: choice.value, name: choice.label, description: choice.hint }
        : { value: choice.value, name: choice.label },
    );
  }
  return items;
}

/**
 * One value, or undefined when skipped. Skip comes first and is the default, so pressing Enter
 * never claims anything about the person; questions that cannot be skipped start at `initial`.
 */
async function askSelect(
  message: string,
  choices: readonly Choice[],
  options: { skippable: boolean; initial?: Value } = { skippable: true },
): Promise<Value | undefined> {
  const answer = await select<Value | typeof SKIP>({
    message,
    choices: [...(options.skippable ? [SKIP_CHOICE] : []), ...menuChoices(choices)],
    default: options.skippable ? SKIP : options.initial,
    pageSize: PAGE_SIZE,
    loop: false,
  });
  return answer === SKIP ? undefined : answer;
}

async function askMulti(message: string, choices: readonly Choice[]): Promise<string[]> {
  const answer = await checkbox<Value>({
    message,
    instructions: ' (space to pick, enter when done; pick nothing to skip)',
    choices: menuChoices(choices),
    pageSize: PAGE_SIZE,
    loop: false,
  });
  return answer.map(String);
}

async function askNumber(
  message: string,
  min: number,
  max: number,
  required: boolean,
): Promise<number | undefined> {
  return number({
    message: required ? message : `${message} (leave empty to skip)`,
    min,
    max,
    step: 'any',
    required,
  });
}

/** The history loop: "have you tried something?", then what, how long, how it went, how it felt. */
async function askHistory(q: HistoryQuestion): Promise<HistoryAnswer[]> {
  const entries: HistoryAnswer[] = [];
  let message = q.message;
  while (await confirm({ message, default: false })) {
    const activity = await askSelect(q.activity.message, q.activity.choices, { skippable: false });
    const months = await askNumber(q.months.message, q.months.min, q.months.max, true);
    const progress = await askSelect(q.progress.message, q.progress.choices, {
      skippable: false,
      initial: q.progress.default,
    });
    const enjoyment = await askSelect(q.enjoyment.message, q.enjoyment.choices, {
      skippable: false,
      initial: q.enjoyment.default,
    });
    entries.push({
      activity: String(activity),
      months: months ?? 0,
      progress: Number(progress),
      enjoyment: Number(enjoyment),
    });
    message = q.again;
  }
  return entries;
}

/** Asks one question; undefined means the person skipped it. */
export async function ask(question: Question): Promise<Answer | undefined> {
  switch (question.kind) {
    case 'select':
      return askSelect(question.message, question.choices);
    case 'multi':
      return askMulti(question.message, question.choices);
    case 'number':
      return askNumber(question.message, question.min, question.max, false);
    case 'history':
      return askHistory(question);
  }
}
