/**
 * The interactive `lever ask new`: asks for each part of a concrete ask on the terminal, shows the
 * builder's checks, and saves only after a yes. Ctrl-C at any prompt stops with nothing saved.
 */
import { confirm, input } from '@inquirer/prompts';
import { askChecks } from '../../core/asks/checks.js';
import { MAX_ASK_STEPS, NOTE_MAX_LENGTH, TITLE_MAX_LENGTH } from '../../core/journal/schema.js';
import { renderAskChecks } from '../render/journal/ask.js';
import { paragraph } from '../render/text.js';
import { stdoutTerminal } from '../terminal.js';

/** The draft as the journal service takes it. */
export interface AskDraft {
  title: string;
  lab?: string;
  ask: string;
  steps: string[];
  owner?: string;
  cost?: string;
}

const INTRO =
  'A concrete ask for an AI lab: what it should do, the specific steps, who has agreed to lead it, and what it would cost the lab. Leave optional answers empty to skip them.';

/** Whether an error means the person stopped the prompts (Ctrl-C) rather than a failure. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

function limit(max: number, required: boolean) {
  return (value: string) => {
    if (required && value.trim() === '') return 'Please write something here.';
    return value.length <= max || `At most ${max} characters, please (this is ${value.length}).`;
  };
}

async function text(message: string, max: number, required = false): Promise<string | undefined> {
  const answer = (await input({ message, validate: limit(max, required) })).trim();
  return answer === '' ? undefined : answer;
}

/** Asks every part of the ask; `say` shows the checks. Returns the draft, or undefined when not saved. */
export async function promptForAsk(say: (text: string) => void): Promise<AskDraft | undefined> {
  const term = stdoutTerminal();
  say(`${paragraph(term, INTRO)}\n`);
  const title = (await text('Title (a few words):', TITLE_MAX_LENGTH, true)) ?? '';
  const lab = await text('Which lab is it for? (optional)', TITLE_MAX_LENGTH);
  const ask = (await text('What should the lab do, in one or two sentences?', NOTE_MAX_LENGTH, true)) ?? '';
  const steps: string[] = [];
  while (steps.length < MAX_ASK_STEPS) {
    const step = await text(`Step ${steps.length + 1} the lab would take (empty when done):`, 1000);
    if (step === undefined) break;
    steps.push(step);
  }
  const owner = await text('Who has agreed to lead it? (optional)', TITLE_MAX_LENGTH);
  const cost = await text('What would the lab give up by doing it? (optional)', NOTE_MAX_LENGTH);
  const draft: AskDraft = { title, ask, steps };
  if (lab !== undefined) draft.lab = lab;
  if (owner !== undefined) draft.owner = owner;
  if (cost !== undefined) draft.cost = cost;
  const checks = askChecks({ ...draft, lab: lab ?? null, owner: owner ?? null, cost: cost ?? null });
  say(`\n${renderAskChecks(term, checks)}\n`);
  const save = await confirm({ message: 'Save this ask?', default: true });
  return save ? draft : undefined;
}
