/**
 * `lever advise`: a profile in (a file, standard input, or questions on a terminal), a plan out,
 * moved by what the journal has logged when there is one (`--no-journal` leaves it out).
 */
import { advise, adviseWithJournal } from '../../core/advice/advise.js';
import { LeverError } from '../../core/errors.js';
import { parseProfileJson } from '../../core/profile/parse.js';
import { loadCliAdviceContext } from '../advice-context.js';
import { type JournalForAdviceOptions, journalForAdvice } from '../journal-for-advice.js';
import { formatPlan, type PlanFormat } from '../plan-output.js';
import { profileSourceName, readProfileText } from '../profile-input.js';

export interface AdviseOptions extends JournalForAdviceOptions {
  profile?: string;
  json?: boolean;
  markdown?: boolean;
}

/** Exit code after Ctrl-C, as shells report a process stopped by SIGINT (128 + 2). */
export const INTERRUPTED_EXIT_CODE = 130;

const STOPPED = 'Stopped; nothing was saved.';

/** Advises from the profile file (or "-" for standard input), or from questions on a terminal. */
export async function runAdvise(options: AdviseOptions, print: (text: string) => void): Promise<void> {
  const format: PlanFormat = options.json ? 'json' : options.markdown ? 'markdown' : 'terminal';
  if (options.profile === undefined) {
    await interactive(format, print, options);
    return;
  }
  const text = await readProfileText(options.profile);
  const profile = parseProfileJson(text);
  if (!profile.ok) {
    throw new LeverError('invalid_input', `invalid profile from ${profileSourceName(options.profile)}:`, {
      problems: profile.problems,
    });
  }
  const ctx = await loadCliAdviceContext();
  const journal = await journalForAdvice(options);
  const plan = journal ? adviseWithJournal(profile.value, ctx, journal) : advise(profile.value, ctx);
  print(await formatPlan(plan, format));
}

/** The questionnaire, only where someone can answer it: both ends of the process on a terminal. */
async function interactive(
  format: PlanFormat,
  print: (text: string) => void,
  journal: JournalForAdviceOptions,
): Promise<void> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new LeverError(
      'invalid_input',
      'no profile given: pass --profile FILE, or --profile - to read it from standard input (the questions are asked only on a terminal)',
    );
  }
  const { isPromptExit, runQuestionnaire } = await import('../questionnaire/run.js');
  // A prompt turns Ctrl-C into an error (handled below); between prompts it is a signal.
  const onSignal = () => {
    process.stderr.write(`\n${STOPPED}\n`);
    process.exit(INTERRUPTED_EXIT_CODE);
  };
  process.once('SIGINT', onSignal);
  try {
    await runQuestionnaire(format, print, journal);
  } catch (error) {
    if (!isPromptExit(error)) throw error;
    process.stderr.write(`${STOPPED}\n`);
    process.exitCode = INTERRUPTED_EXIT_CODE;
  } finally {
    process.off('SIGINT', onSignal);
  }
}
