/**
 * JSON as Lever prints and serves it: indented, so it reads and diffs well. The CLI's `--json`, the
 * API and the web exports all use this one function, so the same plan is the same bytes everywhere.
 */

/** Serializes a result for `--json` output and API responses. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
