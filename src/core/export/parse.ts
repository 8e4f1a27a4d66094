/**
 * Reading an export document from an untrusted value or JSON text. The format and version are
 * checked first, so a file that is not a Lever export, or was written by a newer Lever, gets one
 * clear problem instead of a list of every field it does not match.
 */
import { fail, ok, type Result } from '../result.js';
import { describeValue, type Problem, problemsFromZod } from '../validation.js';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportDocument } from './schema.js';

/** Beyond this many, problems are summed up in one last line: a broken file can have thousands. */
export const MAX_REPORTED_PROBLEMS = 50;

/** Parses an export document; problems name each field, the value given and what is allowed. */
export function parseExport(raw: unknown): Result<ExportDocument> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail([
      { path: '', message: `a Lever export must be a JSON object with "format": "${EXPORT_FORMAT}"` },
    ]);
  }
  const header = headerProblem(raw as Record<string, unknown>);
  if (header !== undefined) return fail([header]);
  const parsed = ExportDocument.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  return fail(capProblems(problemsFromZod(parsed.error, raw, ExportDocument)));
}

/** Parses export JSON text; a syntax error is a problem, not an exception. */
export function parseExportJson(text: string): Result<ExportDocument> {
  if (text.trim() === '') return fail([{ path: '', message: 'the file is empty; expected a Lever export' }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail([{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return parseExport(raw);
}

function headerProblem(raw: Record<string, unknown>): Problem | undefined {
  const { format, version } = raw;
  if (format !== EXPORT_FORMAT) {
    const given = format === undefined ? 'is missing' : `is ${describeValue(format)}`;
    return {
      path: 'format',
      message: `${given}: this is not a Lever export (its "format" must be "${EXPORT_FORMAT}")`,
    };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return {
      path: 'version',
      message: `${version}: this file was written by a newer Lever (export version ${version}); this Lever reads version ${EXPORT_VERSION}, so update Lever to import it`,
    };
  }
  if (version === undefined) return { path: 'version', message: `is missing; expected ${EXPORT_VERSION}` };
  if (version !== EXPORT_VERSION) {
    return {
      path: 'version',
      message: `${describeValue(version)} is not an export version this Lever knows; expected ${EXPORT_VERSION}`,
    };
  }
  return undefined;
}

/** At most MAX_REPORTED_PROBLEMS problems, then one line counting the rest. */
export function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return problems;
  const more = problems.length - MAX_REPORTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_REPORTED_PROBLEMS),
    { path: '', message: `and ${more} more problem${more === 1 ? '' : 's'} not listed` },
  ];
}
