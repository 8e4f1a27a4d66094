/**
 * How Commander's usage errors read in Lever: each points at the help of the command it is about,
 * and a missing argument is named with what it takes. Loaded at every start-up, so it imports
 * nothing but Commander's types.
 */
import type { Command } from 'commander';

/** Width of an error message, like everything else Lever prints. */
const ERROR_WIDTH = 80;

/**
 * Usage errors point at the help of the command they are about (`lever experiment log --help`,
 * not `lever --help`), and a missing argument is named with what it takes, such as the kinds
 * `lever list` knows. Set on every command once all exist, since each keeps its own copy.
 */
export function explainUsageErrors(command: Command, names: readonly string[] = ['lever']): void {
  const name = names.join(' ');
  command.showHelpAfterError(
    command.commands.length > 0
      ? `(run "${name} --help" to see the commands)`
      : `(run "${name} --help" to see how to use it)`,
  );
  const described = new Map(
    command.registeredArguments
      .filter((argument) => argument.description !== '')
      .map((argument) => [argument.name(), argument.description]),
  );
  if (described.size > 0) {
    command.configureOutput({
      outputError: (text, write) => write(withArgumentHelp(text, described)),
    });
  }
  for (const sub of command.commands) explainUsageErrors(sub, [...names, sub.name()]);
}

/** Commander's "missing required argument 'kind'", followed by what the argument takes. */
function withArgumentHelp(text: string, described: ReadonlyMap<string, string>): string {
  const missing = /^error: missing required argument '([^']+)'\n$/.exec(text);
  const description = missing?.[1] === undefined ? undefined : described.get(missing[1]);
  if (description === undefined) return text;
  return `${breakLines(`${text.trimEnd()}: ${description}`, ERROR_WIDTH)}\n`;
}

/**
 * Breaks a line of plain text between words to at most `width` characters a line. The renderers'
 * wrapping is not imported here: start-up loads this file for every command, `--json` ones too.
 */
function breakLines(text: string, width: number): string {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) break;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  return [...lines, rest].join('\n');
}
