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
const HISTORY_PARTS = ['activity', 'months', 'progress', 'enjoyment'] as const;
type HistoryPart = (typeof HISTORY_PARTS)[number];
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

/** The rows of "what you have tried" that have anything filled in, in form order. */
function historyAnswers(rows: ReadonlyMap<number, ReadonlyMap<HistoryPart, string>>): HistoryAnswer[] {
  return [...rows]
    .sort(([a], [b]) => a - b)
    .map(([, parts]) => {
      // Parts left empty stay out, so the schema names each missing one ("history[0].months").
      const entry: Record<string, string | number | boolean> = {};
      for (const [part, text] of parts) {
        if (text.trim() !== '') entry[part] = part === 'activity' ? text.trim() : typedValue(text.trim(), []);
      }
      return entry as unknown as HistoryAnswer;
    })
    .filter((entry) => Object.keys(entry).length > 0);
}

/**
 * The profile for a submitted form. Empty values are skipped answers. Unknown fields, values that
 * are not allowed and incomplete history rows come back as problems naming each field.
 */
export function profileFromForm(entries: FormEntries): Result<Profile> {
  const problems: Problem[] = [];
  const byQuestion = new Map<Question, string[]>();
  const rows = new Map<number, Map<HistoryPart, string>>();
  let notes = '';
  for (const [name, value] of entries) {
    const question = questionsByField.get(name);
    const history = HISTORY_FIELD.exec(name);
    if (question && question.kind !== 'history')
      byQuestion.set(question, [...(byQuestion.get(question) ?? []), value]);
    else if (history && Number(history[1]) < MAX_HISTORY_ROWS) {
      const row = rows.get(Number(history[1])) ?? new Map<HistoryPart, string>();
      row.set(history[2] as HistoryPart, value);
      rows.set(Number(history[1]), row);
    } else if (name === NOTES_FIELD) notes = value;
    else problems.push({ path: name, message: `unknown field ${describeValue(name)}` });
  }
  const answers: Answers = {};
  for (const [question, values] of byQuestion) {
    const answer = answerFor(question, values);
    if (answer !== undefined) answers[question.field] = answer;
  }
  const history = historyAnswers(rows);
  if (history.length > 0) answers.history = history;

  const profile = profileFromAnswers(answers);
  const withNotes = profile.ok && notes.trim() !== '' ? parseProfile({ ...profile.value, notes }) : profile;
  if (!withNotes.ok) problems.push(...withNotes.problems);
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
