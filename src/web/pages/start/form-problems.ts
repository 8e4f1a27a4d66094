/**
 * The problems of a submitted questionnaire, told the way the form asks: each belongs to a field of
 * the form (the element the error summary links to, and the message beside it) and says in plain
 * words, naming the question, what is allowed and what to change. Pure: no request, no I/O.
 */
import { questionLabel } from '../../../core/plan/labels.js';
import { NOTES_MAX_LENGTH } from '../../../core/profile/schema.js';
import type { Problem } from '../../../core/validation.js';
import { questionAnchor } from '../urls.js';
import {
  choiceValue,
  type FormValues,
  filledHistoryRows,
  type HistoryPart,
  historyFieldName,
  isFormField,
  NOTES_FIELD,
} from './form-profile.js';
import { type HistoryQuestion, QUESTIONS, type Question } from './question-data.js';

/** One problem, placed on the form. */
export interface FieldProblem {
  /** The form field it is about ("stage", "history.0.progress", "notes"); undefined when the form has no such field. */
  field: string | undefined;
  /** The id of the element the error summary links to. */
  target: string | undefined;
  /** The id of the message shown beside the field, for its aria-describedby. */
  messageId: string | undefined;
  message: string;
}

/** Each field's problem, by form field name. */
export type ProblemsByField = ReadonlyMap<string, FieldProblem>;

/** The problems that belong to a field of the form, by field. */
export function problemsByField(problems: readonly FieldProblem[]): ProblemsByField {
  return new Map(problems.flatMap((p) => (p.field === undefined ? [] : [[p.field, p] as const])));
}

const questionsByField = new Map<string, Question>(QUESTIONS.map((q) => [q.field, q]));
const HISTORY_PROBLEM = /^history\[(\d+)\](?:\.(activity|months|progress|enjoyment))?/;

/** The ids a field's problem uses: the element to link to, and its message. */
export function problemIds(field: string): { target: string; messageId: string } {
  const historyPart = /^history\.\d+\./.test(field);
  const anchor = historyPart || field === NOTES_FIELD ? field : questionAnchor(field);
  const question = questionsByField.get(field);
  return {
    target: question?.kind === 'number' ? `${anchor}-input` : anchor,
    messageId: `${anchor}-error`,
  };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const firstGiven = (values: FormValues, field: string) =>
  (values.get(field) ?? []).map((v) => v.trim()).find((v) => v !== '') ?? '';
/** A value as the person typed it: a number as is, anything else in quotes (cut short when long). */
function typed(text: string): string {
  if (text !== '' && Number.isFinite(Number(text))) return text;
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}
const range = (limits: { min: number; max: number }) => `a number from ${limits.min} to ${limits.max}`;

/** The form field a problem's path belongs to; undefined for a field the form does not have. */
function fieldOf(path: string, values: FormValues, historyRows: readonly number[]): string | undefined {
  // A submitted name the form does not have ("colour", or "history[0].months" typed into a link).
  if (values.has(path) && !isFormField(path)) return undefined;
  const history = HISTORY_PROBLEM.exec(path);
  if (history) {
    const row = historyRows[Number(history[1])];
    if (row === undefined) return 'history';
    return historyFieldName(row, (history[2] ?? 'activity') as HistoryPart);
  }
  const field = path.replace(/\[\d+\]$/, '');
  return questionsByField.has(field) || field === NOTES_FIELD ? field : undefined;
}

/** What to change in one part of a "something you tried" row. */
function historyMessage(question: HistoryQuestion, values: FormValues, field: string): string {
  const [, row, part] = field.split('.') as [string, string, HistoryPart];
  const asked = question[part];
  const where = `Something you tried (${Number(row) + 1})`;
  const given = firstGiven(values, field);
  if (given === '')
    return `${where}: “${asked.message}” is not answered. Answer it, or empty the whole row to skip it.`;
  if (part === 'months')
    return `${where}: “${asked.message}” must be ${range(question.months)} (you entered ${typed(given)}).`;
  return `${where}: pick an answer to “${asked.message}” from the list; ${typed(given)} is not in it.`;
}

/** What to change for one question's answer, naming the question. */
function questionMessage(question: Question, values: FormValues, problem: Problem): string {
  const label = capitalized(questionLabel(question.field));
  const given = values.get(question.field) ?? [];
  switch (question.kind) {
    case 'number':
      return `${label} must be ${range(question)} (you entered ${typed(firstGiven(values, question.field))}). Leave it empty to skip the question.`;
    case 'select':
      return `${label}: pick one of the answers offered, or Skip; ${typed(firstGiven(values, question.field))} is not one of them.`;
    case 'multi': {
      const offered = new Set(question.choices.map(choiceValue));
      const wrong = given.filter((v) => v.trim() !== '' && !offered.has(v)).map((v) => typed(v));
      if (wrong.length === 0) return `${label}: ${problem.message}.`;
      const verb = wrong.length === 1 ? 'is not one of them' : 'are not among them';
      return `${label}: pick only answers from the list; ${wrong.join(', ')} ${verb}.`;
    }
    case 'history':
      return `${label}: ${problem.message}.`;
  }
}

function messageFor(field: string | undefined, values: FormValues, problem: Problem): string {
  if (field === undefined) {
    return `Lever does not ask a question called ${typed(problem.path)}, so that answer cannot be kept.`;
  }
  if (field === NOTES_FIELD) {
    const length = (values.get(NOTES_FIELD)?.[0] ?? '').length.toLocaleString('en');
    return `Notes for yourself can be at most ${NOTES_MAX_LENGTH.toLocaleString('en')} characters; yours have ${length}. Shorten them to see your plan.`;
  }
  const history = questionsByField.get('history');
  if (field.startsWith('history.') && history?.kind === 'history')
    return historyMessage(history, values, field);
  const question = questionsByField.get(field);
  return question ? questionMessage(question, values, problem) : problem.message;
}

/**
 * The problems of a submitted form, one per field in the order the form asks, then any field the
 * form does not have. `values` are the submitted fields, `problems` what `profileFromForm` found.
 */
export function fieldProblems(values: FormValues, problems: readonly Problem[]): FieldProblem[] {
  const historyRows = filledHistoryRows(values);
  const known = new Map<string, FieldProblem>();
  const unknown: FieldProblem[] = [];
  for (const problem of problems) {
    const field = fieldOf(problem.path, values, historyRows);
    const message = messageFor(field, values, problem);
    if (field === undefined) unknown.push({ field, target: undefined, messageId: undefined, message });
    else if (!known.has(field)) known.set(field, { field, ...problemIds(field), message });
  }
  return [...known.values(), ...unknown];
}
