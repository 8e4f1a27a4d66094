/** The interactive `lever advise`: ask, advise, show the plan, offer to save the answers. */
import { advise, adviseWithJournal } from '../../core/advice/advise.js';
import { type Answers, profileFromAnswers } from '../../core/profile/questionnaire/answers.js';
import { QUESTIONS } from '../../core/profile/questionnaire/questions.js';
import { loadCliAdviceContext } from '../advice-context.js';
import { type JournalForAdviceOptions, journalForAdvice } from '../journal-for-advice.js';
import { formatPlan, type PlanFormat } from '../plan-output.js';
import { paragraph } from '../render/text.js';
import { stdoutTerminal } from '../terminal.js';
import { ask } from './ask.js';
import { offerToSave } from './save.js';

const INTRO =
  'A few questions about you, to find where you fit in AGI safety and what to do next. Skip any you like: a skipped question only makes the estimates rougher. Nothing leaves your computer.';

/** Whether an error means the person stopped the prompts (Ctrl-C), rather than a failure. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/**
 * Runs the questionnaire and prints the plan with `say`, reflecting the journal unless
 * `journalOptions` turns it off. Ctrl-C rejects with an ExitPromptError.
 */
export async function runQuestionnaire(
  format: PlanFormat,
  say: (text: string) => void,
  journalOptions: JournalForAdviceOptions = {},
): Promise<void> {
  say(`${paragraph(stdoutTerminal(), INTRO)}\n`);
  const answers: Answers = {};
  for (const question of QUESTIONS) {
    const answer = await ask(question);
    if (answer !== undefined) answers[question.field] = answer;
  }
  const profile = profileFromAnswers(answers);
  if (!profile.ok) {
    // The questions only offer allowed values, so this is a defect in questions.ts, not a user error.
    throw new Error(`the questionnaire built an invalid profile: ${JSON.stringify(profile.problems)}`);
  }
  const ctx = await loadCliAdviceContext();
  const journal = await journalForAdvice(journalOptions);
  const plan = journal ? adviseWithJournal(profile.value, ctx, journal) : advise(profile.value, ctx);
  say(`\n${await formatPlan(plan, format)}\n`);
  await offerToSave(profile.value, say);
}
