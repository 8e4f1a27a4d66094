/**
 * The confirmation of `lever delete-all-my-data` on a terminal: says what would go and how to keep
 * a copy first, then asks the person to type "delete". Any other answer keeps everything.
 */
import { input } from '@inquirer/prompts';
import { type DataCounts, describeCounts } from '../../core/export/counts.js';
import { paragraph } from '../render/text.js';
import { stdoutTerminal } from '../terminal.js';

/** The word to type; anything else, including an empty answer, cancels. */
export const CONFIRMATION_WORD = 'delete';

/** Whether an error means the person stopped the prompt (Ctrl-C) rather than a failure. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** Shows what would be deleted and returns whether the person typed the word. */
export async function confirmDeletion(
  say: (text: string) => void,
  counts: DataCounts,
  location: string,
): Promise<boolean> {
  const term = stdoutTerminal();
  say(
    paragraph(
      term,
      `This deletes everything Lever keeps about you in ${location}: ${describeCounts(counts)}. It cannot be undone. To keep a copy first, answer anything but "${CONFIRMATION_WORD}" and run "lever export my-lever-data.json".`,
    ),
  );
  const answer = await input({ message: `Type "${CONFIRMATION_WORD}" to delete everything:` });
  return answer.trim() === CONFIRMATION_WORD;
}
