/**
 * `lever ask new|show|delete` and `lever asks`: concrete asks for an AI lab, drafted with flags or
 * question by question on a terminal, each checked against the advice on what labs take up.
 */
import { askChecks } from '../../core/asks/checks.js';
import { LeverError } from '../../core/errors.js';
import type { Ask } from '../../core/journal/schema.js';
import { toJson } from '../../core/json.js';
import type { JournalService } from '../../journal/service.js';
import { defined, hinted, requireYes } from '../journal/flags.js';
import { resolveId, shortId } from '../journal/ids.js';
import { type DataOptions, withJournal } from '../journal/session.js';
import { renderAsk, renderAskChecks, renderAsks } from '../render/journal/ask.js';
import { terminalSafe } from '../render/journal/safe-text.js';
import { paragraph } from '../render/text.js';
import { stdoutTerminal } from '../terminal.js';

export interface AskNewOptions extends DataOptions {
  title?: string;
  lab?: string;
  ask?: string;
  step?: string[];
  owner?: string;
  cost?: string;
  json?: boolean;
}

/** Exit code after Ctrl-C, as shells report a process stopped by SIGINT (128 + 2). */
const INTERRUPTED_EXIT_CODE = 130;
const STOPPED = 'Stopped; nothing was saved.';

async function askId(journal: JournalService, typed: string): Promise<string> {
  const ids = (await journal.asks()).map((a) => a.id);
  return resolveId(typed, ids, { name: 'ask', listedBy: '"lever asks" lists them with their ids' });
}

function fromFlags(options: AskNewOptions): Record<string, unknown> | undefined {
  const fields = defined({
    title: options.title,
    lab: options.lab,
    ask: options.ask,
    steps: options.step,
    owner: options.owner,
    cost: options.cost,
  });
  return Object.keys(fields).length === 0 ? undefined : fields;
}

/** The draft from the prompts, or undefined when the person declined to save or pressed Ctrl-C. */
async function fromPrompts(print: (text: string) => void): Promise<Record<string, unknown> | undefined> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new LeverError(
      'invalid_input',
      'no ask given: pass at least --title and --ask (and --step, --owner, --cost), or run "lever ask new" on a terminal to be asked',
    );
  }
  const { isPromptExit, promptForAsk } = await import('../journal/ask-prompts.js');
  const onSignal = () => {
    process.stderr.write(`\n${STOPPED}\n`);
    process.exit(INTERRUPTED_EXIT_CODE);
  };
  process.once('SIGINT', onSignal);
  try {
    const draft = await promptForAsk(print);
    if (draft === undefined) print('Not saved.');
    return draft === undefined ? undefined : { ...draft };
  } catch (error) {
    if (!isPromptExit(error)) throw error;
    process.stderr.write(`${STOPPED}\n`);
    process.exitCode = INTERRUPTED_EXIT_CODE;
    return undefined;
  } finally {
    process.off('SIGINT', onSignal);
  }
}

function saved(ask: Ask): string {
  const term = stdoutTerminal();
  return [
    paragraph(term, `Saved ask ${shortId(ask.id)}: ${terminalSafe(ask.title)}`),
    renderAskChecks(term, askChecks(ask)),
    `As a document to share: lever ask show ${shortId(ask.id)} --markdown`,
  ].join('\n');
}

/** Saves a new ask; prints nothing more when the prompts were stopped or the ask not saved. */
export async function runAskNew(options: AskNewOptions, print: (text: string) => void): Promise<void> {
  const input = fromFlags(options) ?? (await fromPrompts(print));
  if (input === undefined) return;
  const ask = await withJournal({ ...options, create: true }, ({ journal }) =>
    hinted(() => journal.createAsk(input)),
  );
  print(options.json ? toJson(ask) : saved(ask));
}

export async function runAskShow(
  id: string,
  options: DataOptions & { json?: boolean; markdown?: boolean },
): Promise<string> {
  return withJournal({ ...options, create: false }, async ({ journal }) => {
    const fullId = await askId(journal, id);
    if (options.markdown) return journal.askDocument(fullId);
    const ask = await journal.ask(fullId);
    return options.json ? toJson(ask) : renderAsk(stdoutTerminal(), ask, askChecks(ask));
  });
}

export async function runAskDelete(id: string, options: DataOptions & { yes?: boolean }): Promise<string> {
  const deleted = await withJournal({ ...options, create: false }, async ({ journal }) => {
    // The id is looked up first, so an unknown one is reported as such, with or without --yes.
    const ask = await journal.ask(await askId(journal, id));
    requireYes(options.yes, `ask ${shortId(ask.id)}`);
    await journal.deleteAsk(ask.id);
    return ask;
  });
  return paragraph(stdoutTerminal(), `Deleted ask ${shortId(deleted.id)}: ${terminalSafe(deleted.title)}.`);
}

export async function runAsks(options: DataOptions & { json?: boolean }): Promise<string> {
  const asks = await withJournal({ ...options, create: false }, ({ journal }) => journal.asks());
  if (options.json) return toJson(asks);
  const rows = asks.map((ask) => {
    const checks = askChecks(ask);
    return { ask, passed: checks.filter((c) => c.ok).length, total: checks.length };
  });
  return renderAsks(stdoutTerminal(), rows);
}
