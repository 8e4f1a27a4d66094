/**
 * Problems with a posted form, shown where they belong: next to the field they name, in sentences
 * that name the field, linked to it with aria-describedby. A refused form comes back with its
 * first invalid field autofocused, so the browser scrolls to it and puts the cursor there without
 * any script (a long form also lists its problems above its fields: form-error-summary.tsx).
 * Failures the journal reports as a LeverError become these values; anything unexpected is left
 * for the app's error handler.
 */
import { LeverError } from '../../core/errors.js';
import type { Problem } from '../../core/validation.js';
import { fieldSentence } from './field-messages.js';
import type { FormFields } from './form-data.js';

/** The message for each field of a form ("" for the form as a whole), first problem first. */
export type FieldErrors = Readonly<Record<string, string>>;

/** A refused form as its page shows it again: what was typed, and what was wrong with it. */
export interface RefusedForm {
  values: FormFields;
  errors: FieldErrors;
}

/** What to say when a field was left out or left blank, instead of the schema's own words. */
export type BlankHints = Readonly<Record<string, string>>;

/** How a form speaks of its fields: the label of each, and what to say when one is left blank. */
export interface FieldWords {
  labels: Readonly<Record<string, string>>;
  blank?: BlankHints;
}

/**
 * For a text field that must not be blank: `required` lets a value of only spaces through, this
 * pattern does not, and the title tells the person why the browser refused it.
 */
export const NOT_BLANK = {
  pattern: '.*\\S.*',
  title: 'Type at least one letter, digit or sign: spaces alone do not count.',
} as const;

/** "steps[2]" → "steps", "history[0].months" → "history": the form field a problem belongs to. */
export function fieldOf(path: string): string {
  return /^[^[.]*/.exec(path)?.[0] ?? path;
}

/** "steps[2]" → ["steps", 2]: the keys of a problem's path. */
function keysOf(path: string): (string | number)[] {
  return path
    .split(/[.[\]]+/)
    .filter((key) => key !== '')
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

function valueAt(input: unknown, path: string): unknown {
  let current = input;
  for (const key of keysOf(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** "Steps" for "steps", "Steps, item 4" for "steps[3]": the field as a message names it. */
function labelOf(path: string, labels: FieldWords['labels']): string | undefined {
  const label = labels[fieldOf(path)];
  const item = /^[^[.]*\[(\d+)\]/.exec(path)?.[1];
  return label !== undefined && item !== undefined ? `${label}, item ${Number(item) + 1}` : label;
}

const BLANK = /^(is required|is too short|is empty)/;

/**
 * Each field's first problem as a sentence naming the field, or the hint for a blank field where
 * one is given. `input` is what was sent to be checked, to say how much was given.
 */
export function fieldErrors(
  problems: readonly Problem[],
  words: FieldWords = { labels: {} },
  input?: unknown,
): FieldErrors {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    if (errors[field] !== undefined) continue;
    const hint = words.blank?.[field];
    errors[field] =
      hint !== undefined && BLANK.test(problem.message)
        ? hint
        : fieldSentence(labelOf(problem.path, words.labels), problem.message, valueAt(input, problem.path));
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
export function errorsOf(
  failure: FormFailure,
  words: FieldWords,
  field: string,
  input?: unknown,
): FieldErrors {
  if (failure.problems.length > 0) return fieldErrors(failure.problems, words, input);
  return { [field]: fieldSentence(words.labels[field], failure.message) };
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

/**
 * The field a refused form puts the cursor in: the first one with an error, in the form's own
 * `order`; for a problem with the form as a whole (""), its first field.
 */
export function firstInvalid(errors: FieldErrors, order: readonly string[]): string | undefined {
  const first = order.find((name) => errors[name] !== undefined);
  if (first !== undefined) return first;
  return errors[''] !== undefined ? order[0] : undefined;
}

/** What a field of a refused form carries: its error and hint, whether it is invalid, and the focus. */
export interface FieldAttributes {
  'aria-describedby': string | undefined;
  'aria-invalid': 'true' | undefined;
  autofocus: true | undefined;
}

/** A refused form's fields: which one gets the focus, and each one's attributes. */
export interface InvalidFields {
  /** The name of the field that gets the focus, if any. */
  focus: string | undefined;
  /** aria-describedby and aria-invalid for field `name`, and autofocus when it is the first invalid one. */
  field(name: string, errorId: string, hintId?: string): FieldAttributes;
}

/** The error attributes of each field of a form whose fields come in `order`. */
export function invalidFields(errors: FieldErrors, order: readonly string[]): InvalidFields {
  const focus = firstInvalid(errors, order);
  return {
    focus,
    field: (name, errorId, hintId) => ({
      ...describedBy(errorId, errors[name], hintId),
      autofocus: name === focus ? true : undefined,
    }),
  };
}
