/**
 * The `lever` command line: parses arguments and hands each command to its module. Command
 * modules are imported only when their command runs, so start-up stays close to bare Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { projectRoot } from '../content/project-root.js';
import { addDataCommands } from './data-commands.js';
import { addJournalCommands } from './journal-commands.js';
import { onStdoutError, reportError } from './report-error.js';
import { explainUsageErrors } from './usage-errors.js';

/** Prints a command's result: the only thing that ever goes to standard output. */
function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

const KINDS_HELP = 'principles, paths, directions, resources, clusters, topics, tracks or fit-tests';

/** The program with every command; `exitOverride` lets one `catch` decide exit codes. */
export function buildProgram(): Command {
  const program = new Command('lever')
    .description('Lever: find where you fit in AGI safety, what to do next, and why.')
    .version(version(), '-v, --version')
    .exitOverride();

  program
    .command('advise')
    .description('your plan: where you fit, what to do this week, and why (asks questions on a terminal)')
    .option('-p, --profile <file>', 'read your profile from this JSON file, or "-" for standard input')
    .addOption(new Option('--json', 'print the plan as JSON').conflicts('markdown'))
    .option('--markdown', 'print the plan as Markdown')
    .option('--no-journal', 'leave out what your journal has logged (experiments and check-ins)')
    .option('--data-dir <dir>', 'where your journal is kept (default: LEVER_DATA_DIR or your data folder)')
    .action(
      async (options: {
        profile?: string;
        json?: boolean;
        markdown?: boolean;
        journal?: boolean;
        dataDir?: string;
      }) => {
        const { runAdvise } = await import('./commands/advise.js');
        await runAdvise(options, print);
      },
    );

  program
    .command('list')
    .description('list every item of one kind, grouped as in the post')
    .argument('<kind>', KINDS_HELP)
    .option('--json', 'print the items as a JSON array')
    .action(async (kind: string, options: { json?: boolean }) => {
      const { runList } = await import('./commands/list.js');
      print(await runList(kind, options));
    });

  program
    .command('show')
    .description('show one item: what it says, what it links to, and where it comes from in the post')
    .argument('<id>', 'the id of any item, as "lever list" or "lever search" print it')
    .option('--json', 'print the item with its kind, section link and backlinks as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const { runShow } = await import('./commands/show.js');
      print(await runShow(id, options));
    });

  program
    .command('search')
    .description('search every item, best match first; typos and unfinished words are fine')
    .argument('<query...>', 'words to look for')
    .option('-k, --kind <kind>', `only items of this kind (${KINDS_HELP}); repeat or comma-separate`, collect)
    .option('-n, --limit <n>', 'show at most n results (default 10)')
    .option('--json', 'print the results as a JSON array')
    .action(async (query: string[], options: { kind?: string[]; limit?: string; json?: boolean }) => {
      const { runSearch } = await import('./commands/search.js');
      print(await runSearch(query, options));
    });

  program
    .command('tests')
    .description('the fit-test catalogue: concrete 1–4 week projects that test your fit, by path')
    .option('--path <slug>', 'only the tests of this path, e.g. alignment-research')
    .option('--direction <slug>', 'only the tests of this research direction, e.g. evaluations')
    .option('--json', 'print the tests as a JSON array')
    .action(async (options: { path?: string; direction?: string; json?: boolean }) => {
      const { runTests } = await import('./commands/tests.js');
      print(await runTests(options));
    });

  addJournalCommands(program, print);
  addDataCommands(program, print);

  program
    .command('kb')
    .description('the whole knowledge base, for other programs')
    .option('--json', 'print it as one JSON document')
    .action(async (options: { json?: boolean }) => {
      const { runKb } = await import('./commands/kb.js');
      print(await runKb(options));
    });

  program
    .command('schema')
    .description('print the JSON Schema of a document Lever reads or writes')
    .argument('<name>', 'which schema: kb, profile, plan or fit')
    .action(async (name: string) => {
      const { runSchema } = await import('./commands/schema.js');
      print(runSchema(name));
    });

  program
    .command('rules')
    .description('the advice rules, for review: when each applies and what it adds to a plan')
    .option('--facts', 'list the facts that rule conditions are written in, with their meaning')
    .option('--json', 'print them as JSON')
    .action(async (options: { facts?: boolean; json?: boolean }) => {
      const { runRules } = await import('./commands/rules.js');
      print(await runRules(options));
    });

  program
    .command('start')
    .description('open the local web app (on this machine only, unless --allow-remote)')
    .option('--port <n>', 'port to listen on; 0 picks any free port (default: PORT or 4747)')
    .option('--host <h>', 'address to listen on (default: 127.0.0.1, this machine only)')
    .option('--allow-remote', 'allow a --host other machines can reach (Lever has no login)')
    .option('--data-dir <dir>', 'where to keep your data (default: LEVER_DATA_DIR or your data folder)')
    .addHelpText(
      'after',
      '\nLEVER_DATABASE_URL=postgres://… keeps the data in PostgreSQL instead.\nIf the port is taken, Lever says so and exits.',
    )
    .action(async (options: { port?: string; host?: string; allowRemote?: boolean; dataDir?: string }) => {
      const { runStart } = await import('./commands/start.js');
      await runStart(options, print);
    });

  explainUsageErrors(program);
  return program;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Runs the command line and sets the exit code; never throws. */
export async function main(argv: readonly string[]): Promise<void> {
  // A reader closing the pipe early (`lever kb --json | head`) is not a failure.
  process.stdout.on('error', onStdoutError);
  const program = buildProgram();
  try {
    if (argv.length <= 2) {
      print(program.helpInformation());
      return;
    }
    await program.parseAsync([...argv]);
  } catch (error) {
    process.exitCode = await reportError(error, process.env);
  }
}

await main(process.argv);
