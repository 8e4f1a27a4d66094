/** JSON as the commands print it: indented, so it reads well and diffs well. */

/** Serialises a command's result for `--json`. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
