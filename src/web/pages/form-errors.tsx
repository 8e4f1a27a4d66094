/**
 * Problems with a posted form, shown where they belong: next to the field they name, in words a
 * person can act on, linked to the field with aria-describedby. Failures the journal reports as a
 * LeverError become these values; anything unexpected is left for the app's error handler.
 */
import { LeverError } from '../../core/errors.js';
import type { Problem } from '../../core/validation.js';

/** The message for each field of a form ("" for the form as a whole), first problem first. */
export type FieldErrors = Readonly<Record<string, string>>;

/** What to say when a field was left out or left blank, instead of the schema's own words. */
export type BlankHints = Readonly<Record<string, string>>;

/** "steps[2]" → "steps", "history[0].months" → "history": the form field a problem belongs to. */
export function fieldOf(path: string): string {
  return /^[^[.]*/.exec(path)?.[0] ?? path;
}

const BLANK = /^(is required|is too short|is empty|nothing is not allowed)/;

/** Each field's first problem, with the hint for a blank field where one is given. */
export function fieldErrors(problems: readonly Problem[], hints: BlankHints = {}): FieldErrors {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    if (errors[field] !== undefined) continue;
    const hint = hints[field];
    errors[field] = hint !== undefined && BLANK.test(problem.message) ? hint : problem.message;
  }
  return errors;
}

/** A failure the pages show to the person: bad input (400), something missing (404), a conflict (409). */
export interface FormFailure {
  status: 400 | 404 | 409;
  message: string;
  problems: readonly Problem[];
}

const STATUSES = { invalid_input: 400, not_found: 404, conflict: 409 } as const;

/** The failure a page shows for `error`; anything else is thrown on to the app's error handler. */
export function formFailure(error: unknown): FormFailure {
  if (error instanceof LeverError && error.code in STATUSES) {
    const status = STATUSES[error.code as keyof typeof STATUSES];
    return { status, message: error.message, problems: error.problems };
  }
  throw error;
}

/** Each field's problem; a failure without problems (an unknown test id) is put on `field`. */
export function errorsOf(failure: FormFailure, hints: BlankHints, field: string): FieldErrors {
  return failure.problems.length > 0 ? fieldErrors(failure.problems, hints) : { [field]: failure.message };
}

/** The inline error under a field; `id` is what the field's aria-describedby points to. */
export function FieldError(props: { id: string; message: string | undefined }) {
  if (props.message === undefined) return null;
  return (
    <p class="field-error" id={props.id}>
      {props.message}
    </p>
  );
}

/** aria-describedby and aria-invalid for a field with an optional error and hint. */
export function describedBy(errorId: string, message: string | undefined, hintId?: string) {
  const ids = [message === undefined ? undefined : errorId, hintId].filter((id) => id !== undefined);
  return {
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    'aria-invalid': message === undefined ? undefined : ('true' as const),
  };
}
