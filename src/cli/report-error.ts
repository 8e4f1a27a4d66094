/** The one place where failures become text on standard error and a process exit code. */
import { CommanderError } from 'commander';
import { EXIT_CODES, LeverError } from '../core/errors.js';
import { ioFailureReason } from './io-error.js';

/** Exit code for usage errors (unknown command or option, missing argument). */
const USAGE_EXIT_CODE = 2;

/** Writes the error for a person to read and returns the exit code. */
export async function reportError(
  error: unknown,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help / version that was asked for).
    return error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
  }
  if (error instanceof LeverError) {
    const lines = [`error: ${error.message}`];
    if (error.problems.length > 0) {
      // Imported here because it brings the validation library, which start-up should not pay for.
      const { formatProblem } = await import('../core/validation.js');
      lines.push(...error.problems.map((p) => `  - ${formatProblem(p)}`));
    }
    if (error.suggestions.length > 0) lines.push(`did you mean: ${error.suggestions.join(', ')}?`);
    process.stderr.write(`${lines.join('\n')}\n`);
    return EXIT_CODES[error.code];
  }
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? '';
  const debug = env.LEVER_DEBUG === '1';
  const detail = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  const hint = debug ? '' : ' (set LEVER_DEBUG=1 for details)';
  process.stderr.write(`error: unexpected failure: ${firstLine}${hint}${detail}\n`);
  return EXIT_CODES.internal;
}

/**
 * Handles a failed write to standard output (`lever export > file` on a full disk): one line on
 * standard error and exit code 1, never a stack trace. A reader that closed the pipe early
 * (`lever kb --json | head`) is not a failure: the command ends with the exit code it had.
 */
export function onStdoutError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') {
    process.exit(process.exitCode ?? 0);
  } else {
    process.stderr.write(`error: could not write the output: ${ioFailureReason(error)}\n`);
    process.exit(EXIT_CODES.internal);
  }
}
