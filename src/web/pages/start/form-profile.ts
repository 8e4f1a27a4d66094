/**
 * The questionnaire form ↔ the profile. The form works without JavaScript (a plain GET of its
 * fields), so the server turns the fields into a profile, and a profile back into field values to
 * fill the form in again. Pure: no request, no I/O.
 */
import { parseProfile } from '../../../core/profile/parse.js';
import type { Profile } from '../../../core/profile/schema.js';
import { fail, type Result } from '../../../core/result.js';
import { describeValue, type Problem } from '../../../core/validation.js';
import {
  type Answer,
  type Answers,
  type Choice,
  type HistoryAnswer,
  profileFromAnswers,
  QUESTIONS,
  type Question,
} from './question-data.js';

/** Form fields as a browser sends them: name and value, names repeated for checkboxes. */
export type FormEntries = Iterable<readonly [string, string]>;

/** Field values by name, as the form shows them (a checkbox group has several). */
export type FormValues = ReadonlyMap<string, readonly string[]>;

export const NOTES_FIELD = 'notes';
const HISTORY_FIELD = /^history\.(\d+)\.(activity|months|progress|enjoyment)$/;
export const HISTORY_PARTS = ['activity', 'months', 'progress', 'enjoyment'] as const;
export type HistoryPart = (typeof HISTORY_PARTS)[number];
/** More rows than the profile allows is still reported by the schema; this only bounds the work. */
const MAX_HISTORY_ROWS = 100;

const questionsByField = new Map<string, Question>(QUESTIONS.map((q) => [q.field, q]));

/** A field's name in the form: the profile path ("skills.coding"). */
export function historyFieldName(row: number, part: HistoryPart): string {
  return `history.${row}.${part}`;
}

/** A choice's value as the form carries it: "true", "3", "student". */
export function choiceValue(choice: Choice): string {
  return String(choice.value);
}

/** The typed value for a submitted string: the matching choice, else a plain reading the schema will judge. */
function typedValue(text: string, choices: readonly Choice[]): string | number | boolean {
  const choice = choices.find((c) => choiceValue(c) === text);
  if (choice) return choice.value;
  if (text === 'true' || text === 'false') return text === 'true';
  const number = Number(text);
  return text.trim() !== '' && Number.isFinite(number) ? number : text;
}

/** One question's answer from its submitted values; undefined when skipped. */
function answerFor(question: Question, values: readonly string[]): Answer | undefined {
  const given = values.filter((v) => v.trim() !== '');
  const first = given[0];
  if (first === undefined) return undefined;
  // A choice the form never offered (a hand-edited link) passes through for the schema to reject by name.
  if (question.kind === 'multi') return given.map((v) => typedValue(v, question.choices)) as string[];
  if (question.kind === 'select') return typedValue(first, question.choices);
  return typedValue(first.trim(), []);
}

/** Field values by name, in the order the browser sent them; names repeat for checkboxes. */
export function formValuesFromEntries(entries: FormEntries): FormValues {
  const values = new Map<string, string[]>();
  for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
  return values;
}

/** The form row and part a history field's name stands for ("history.2.months" → 2, months). */
export function historyFieldOf(name: string): { row: number; part: HistoryPart } | undefined {
  const match = HISTORY_FIELD.exec(name);
  if (!match || Number(match[1]) >= MAX_HISTORY_ROWS) return undefined;
  return { row: Number(match[1]), part: match[2] as HistoryPart };
}

/** Whether the questionnaire has a field of this name. */
export function isFormField(name: string): boolean {
  const question = questionsByField.get(name);
  return (
    (question !== undefined && question.kind !== 'history') || name === NOTES_FIELD || !!historyFieldOf(name)
  );
}

/** A history part's submitted text, trimmed ("" when left empty). */
function historyText(values: FormValues, row: number, part: HistoryPart): string {
  return (values.get(historyFieldName(row, part))?.[0] ?? '').trim();
}

/**
 * The form rows of "what you have tried" with anything filled in, in order: entry i of the
 * profile's history comes from row i of this list (empty rows in between are skipped).
 */
export function filledHistoryRows(values: FormValues): number[] {
  const rows = new Set<number>();
  for (const name of values.keys()) {
    const field = historyFieldOf(name);
    if (field && historyText(values, field.row, field.part) !== '') rows.add(field.row);
  }
  return [...rows].sort((a, b) => a - b);
}

/** One filled row as a history entry; parts left empty stay out, so the schema names each missing one. */
function historyAnswer(values: FormValues, row: number): HistoryAnswer {
  const entry: Record<string, string | number | boolean> = {};
  for (const part of HISTORY_PARTS) {
    const text = historyText(values, row, part);
    if (text !== '') entry[part] = part === 'activity' ? text : typedValue(text, []);
  }
  return entry as unknown as HistoryAnswer;
}

/**
 * The profile for a submitted form. Empty values are skipped answers; a history row counts once
 * anything in it is filled in, and then needs all four parts. Unknown fields, values that are not
 * allowed and incomplete history rows come back as problems naming each field.
 */
export function profileFromForm(entries: FormEntries): Result<Profile> {
  const values = formValuesFromEntries(entries);
  const problems: Problem[] = [];
  const answers: Answers = {};
  for (const [name, given] of values) {
    const question = questionsByField.get(name);
    if (question && question.kind !== 'history') {
      const answer = answerFor(question, given);
      if (answer !== undefined) answers[question.field] = answer;
    } else if (!isFormField(name)) {
      problems.push({ path: name, message: `unknown field ${describeValue(name)}` });
    }
  }
  const history = filledHistoryRows(values).map((row) => historyAnswer(values, row));
  if (history.length > 0) answers.history = history;

  const notes = values.get(NOTES_FIELD)?.[0] ?? '';
  const hasNotes = notes.trim() !== '';
  const profile = profileFromAnswers(answers);
  const withNotes = profile.ok && hasNotes ? parseProfile({ ...profile.value, notes }) : profile;
  if (!withNotes.ok) problems.push(...withNotes.problems);
  // The notes are checked even when other answers fail, so every problem is named at once.
  const notesAlone = !profile.ok && hasNotes ? parseProfile({ notes }) : undefined;
  if (notesAlone && !notesAlone.ok) problems.push(...notesAlone.problems);
  return problems.length > 0 ? fail(problems) : withNotes;
}

/** The form's field values for a profile, to fill the questionnaire in again. */
export function formValuesFromProfile(profile: Profile): FormValues {
  const values = new Map<string, string[]>();
  const put = (name: string, value: unknown) => {
    if (value === undefined) return;
    const list = Array.isArray(value) ? value.map(String) : [String(value)];
    if (list.length > 0) values.set(name, list);
  };
  put('stage', profile.stage);
  put('background', profile.background);
  for (const [skill, level] of Object.entries(profile.skills ?? {})) put(`skills.${skill}`, level);
  put('enjoys', profile.enjoys);
  put('researchExperienceYears', profile.researchExperienceYears);
  put('corporateExperience', profile.corporateExperience);
  put('hasMentor', profile.hasMentor);
  put('leaning', profile.leaning);
  put('interests', profile.interests);
  (profile.history ?? []).forEach((entry, row) => {
    for (const part of HISTORY_PARTS) put(historyFieldName(row, part), entry[part]);
  });
  put(NOTES_FIELD, profile.notes);
  return values;
}
