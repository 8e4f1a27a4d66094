/**
 * `lever start`: will open the local web app. Until the web app exists it shows what the command
 * line can already do, and succeeds, so scripts that call it keep working when it arrives.
 */

/** The text `lever start` prints for now: the program's help. */
export function runStart(helpText: string): string {
  return helpText;
}
