/**
 * The journal's commands: fit experiments and check-ins, the fit report, governance expertise
 * plans, concrete asks and exports. Each command module is imported only when its command runs.
 */
import { type Command, Option } from 'commander';

type Print = (text: string) => void;

const DATA_DIR_HELP = 'where your data is kept (default: LEVER_DATA_DIR or your data folder)';
const DATA_HELP_AFTER =
  '\nThe journal is the one "lever start" shows in the browser.\nLEVER_DATABASE_URL=postgres://… keeps it in PostgreSQL instead.';
const FORCE_HELP = 'replace the file if it exists (a FIFO or a device is written to without it)';
const ID_HELP = 'the id "lever experiments" shows (its first characters are enough)';

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Journal commands, which get the data options last, after their own (see addJournalCommands). */
const journalCommands: Command[] = [];

/** A subcommand that reads or writes the journal. */
function journalCommand(parent: Command, name: string, description: string): Command {
  const command = parent.command(name).description(description);
  journalCommands.push(command);
  return command;
}

function addExperimentCommands(program: Command, print: Print): void {
  const experiment = program
    .command('experiment')
    .description('start a fit experiment, log check-ins, finish it with what you learned');

  journalCommand(
    experiment,
    'start',
    'start a fit test from the catalogue ("lever tests"), or one of your own design',
  )
    .argument(
      '[test-id]',
      'the catalogue test to start; leave out to design your own with --title, --path, --weeks',
    )
    .option('--start <date>', 'the day it started, YYYY-MM-DD (default: today)')
    .option('--title <text>', 'your own design: what you will do')
    .option('--path <slug>', 'your own design: the path it tests, e.g. alignment-research')
    .option('--weeks <n>', 'your own design: how many weeks, 1 to 12')
    .option('--direction <slug>', 'your own design: the research direction, if any')
    .option('--deliverable <text>', 'your own design: what you will have at the end')
    .option('--json', 'print the new experiment as JSON')
    .action(async (testId: string | undefined, options) => {
      const { runExperimentStart } = await import('./commands/experiment.js');
      print(await runExperimentStart(testId, options));
    });

  journalCommand(experiment, 'log', 'log a check-in: how it went and how much you enjoyed it, 0 to 4 each')
    .argument('<id>', ID_HELP)
    // Required, but checked by the command: Commander would report a missing --progress before
    // a mistyped --progres, hiding the typo and its suggestion.
    .option('--progress <n>', 'required: how well it went, 0 (stalled) to 4 (fast progress)')
    .option('--enjoyment <n>', 'required: how much you liked it, 0 (not at all) to 4 (loved it)')
    .option('--hours <h>', 'hours spent since the last check-in')
    .option('--note <text>', 'what happened, what you noticed')
    .option('--date <date>', 'the day, YYYY-MM-DD (default: today)')
    .option('--json', 'print the experiment with its check-ins as JSON')
    .action(async (id: string, options) => {
      const { runExperimentLog } = await import('./commands/experiment.js');
      print(await runExperimentLog(id, options));
    });

  journalCommand(experiment, 'unlog', 'take back a mis-logged check-in of a running experiment (needs --yes)')
    .argument('<id>', ID_HELP)
    .option('--check-in <n>', 'which one, as "lever experiment show" numbers them (default: the latest)')
    .option('--yes', 'yes, delete it: this cannot be undone')
    .action(async (id: string, options) => {
      const { runExperimentUnlog } = await import('./commands/experiment.js');
      print(await runExperimentUnlog(id, options));
    });

  journalCommand(experiment, 'finish', 'finish an experiment, with a reflection on what it told you')
    .argument('<id>', ID_HELP)
    .option('--reflection <text>', 'what you learned about your fit')
    .option('--date <date>', 'the day it finished, YYYY-MM-DD (default: today)')
    .option('--json', 'print the finished experiment as JSON')
    .action(async (id: string, options) => {
      const { runExperimentFinish } = await import('./commands/experiment.js');
      print(await runExperimentFinish(id, options));
    });

  journalCommand(experiment, 'show', 'one experiment with its check-ins and reflection')
    .argument('<id>', ID_HELP)
    .option('--json', 'print it as JSON')
    .action(async (id: string, options) => {
      const { runExperimentShow } = await import('./commands/experiment.js');
      print(await runExperimentShow(id, options));
    });

  journalCommand(experiment, 'delete', 'delete an experiment and its check-ins (needs --yes)')
    .argument('<id>', ID_HELP)
    .option('--yes', 'yes, delete it: this cannot be undone')
    .action(async (id: string, options) => {
      const { runExperimentDelete } = await import('./commands/experiment.js');
      print(await runExperimentDelete(id, options));
    });

  journalCommand(
    program,
    'experiments',
    'your fit experiments and expertise plans, most recently started first',
  )
    .option('--json', 'print them with their check-ins as a JSON array')
    .action(async (options) => {
      const { runExperiments } = await import('./commands/experiment.js');
      print(await runExperiments(options));
    });
}

function addFitAndTopicCommands(program: Command, print: Print): void {
  journalCommand(program, 'fit', 'your fit per path from your profile and what you have logged, with signals')
    .addOption(
      new Option('-p, --profile <file>', 'the profile to start from, or "-" for standard input').conflicts(
        'saved',
      ),
    )
    .option('--saved <id>', 'a profile saved in the web app (default: the most recently updated)')
    .option('--json', 'print the fit report as JSON ("lever schema fit" describes it)')
    .action(async (options) => {
      const { runFit } = await import('./commands/fit.js');
      print(await runFit(options));
    });

  const topic = program
    .command('topic')
    .description('become the expert on one governance topic in six months');

  journalCommand(topic, 'claim', 'claim a governance topic ("lever list topics"): starts a six-month plan')
    .argument('<topic-id>', 'the topic, e.g. global-gpu-tracking')
    .option('--start <date>', 'the day you start, YYYY-MM-DD (default: today)')
    .option('--json', 'print the new expertise plan experiment as JSON')
    .action(async (topicId: string, options) => {
      const { runTopicClaim } = await import('./commands/topic.js');
      print(await runTopicClaim(topicId, options));
    });

  journalCommand(topic, 'plan', 'the milestones of an expertise plan, where you are, the checks and readings')
    .argument('[id]', 'the plan (default: the most recently started one still running)')
    .option(
      '--ics [file]',
      'write this plan\'s milestones and reminders as a calendar file (no file, or "-": print it)',
    )
    .option('--force', FORCE_HELP)
    .option('--json', 'print the experiment, plan and progress as JSON')
    .action(async (id: string | undefined, options) => {
      const { runTopicPlan } = await import('./commands/topic.js');
      print(await runTopicPlan(id, options));
    });
}

function addAskCommands(program: Command, print: Print): void {
  const ask = program.command('ask').description('concrete asks for an AI lab, checked as you draft them');

  journalCommand(ask, 'new', 'draft an ask (asks question by question on a terminal)')
    .option('--title <text>', 'a few words naming it')
    .option('--lab <name>', 'the lab it is for')
    .option('--ask <text>', 'what the lab should do, in one or two sentences')
    .option('--step <text>', 'a step the lab would take; repeat for each step', collect)
    .option('--owner <name>', 'who has agreed to lead it')
    .option('--cost <text>', 'what the lab would give up by doing it')
    .option('--json', 'print the saved ask as JSON')
    .action(async (options) => {
      const { runAskNew } = await import('./commands/ask.js');
      await runAskNew(options, print);
    });

  journalCommand(ask, 'show', 'one ask with its checks')
    .argument('<id>', 'the id "lever asks" shows (its first characters are enough)')
    .addOption(new Option('--markdown', 'print it as a Markdown document to share').conflicts('json'))
    .option('--json', 'print it as JSON')
    .action(async (id: string, options) => {
      const { runAskShow } = await import('./commands/ask.js');
      print(await runAskShow(id, options));
    });

  journalCommand(ask, 'delete', 'delete an ask (needs --yes)')
    .argument('<id>', 'the id "lever asks" shows')
    .option('--yes', 'yes, delete it: this cannot be undone')
    .action(async (id: string, options) => {
      const { runAskDelete } = await import('./commands/ask.js');
      print(await runAskDelete(id, options));
    });

  journalCommand(program, 'asks', 'your concrete asks, most recently updated first')
    .option('--json', 'print them as a JSON array')
    .action(async (options) => {
      const { runAsks } = await import('./commands/ask.js');
      print(await runAsks(options));
    });

  journalCommand(program, 'journal', 'export the journal as Markdown (to read or keep) and as a calendar')
    .option(
      '--markdown [file]',
      'write the journal as Markdown to this file (no file, or "-": print it; the default)',
    )
    .option(
      '--ics [file]',
      'write deadlines, weekly check-in reminders and milestones as a calendar (no file, or "-": print it)',
    )
    .option('--force', FORCE_HELP)
    .action(async (options) => {
      const { runJournal } = await import('./commands/journal.js');
      const output = await runJournal(options);
      if (output !== '') print(output);
    });
}

/** Adds every journal command to `program`; results go to `print`. */
export function addJournalCommands(program: Command, print: Print): void {
  addExperimentCommands(program, print);
  addFitAndTopicCommands(program, print);
  addAskCommands(program, print);
  for (const command of journalCommands.splice(0)) {
    command.option('--data-dir <dir>', DATA_DIR_HELP).addHelpText('after', DATA_HELP_AFTER);
  }
}
