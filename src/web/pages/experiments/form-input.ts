/**
 * The experiment forms' fields as the journal's raw input: starting a fit test (from the catalogue
 * or of one's own design), logging a check-in, and finishing with a reflection. Blank optional
 * fields are left out; the journal service validates the rest and names any field that is wrong.
 */
import { defined, type FormFields, numberOrText, optional, text } from '../form-data.js';
import type { FieldWords } from '../form-errors.js';

/** The input for starting an experiment from the catalogue form or the own-design form. */
export function startInput(form: FormFields): Record<string, unknown> {
  // A blank test id is kept, so the input still reads as a catalogue start and the problem names it.
  if ('testId' in form) return defined({ testId: text(form, 'testId'), startedOn: optional(form.startedOn) });
  return defined({
    title: optional(form.title),
    path: optional(form.path),
    direction: optional(form.direction),
    weeks: numberOrText(form.weeks),
    deliverable: optional(form.deliverable),
    startedOn: optional(form.startedOn),
  });
}

export function checkInInput(form: FormFields): Record<string, unknown> {
  return defined({
    date: optional(form.date),
    hours: numberOrText(form.hours),
    progress: numberOrText(form.progress),
    enjoyment: numberOrText(form.enjoyment),
    note: optional(form.note),
  });
}

export function finishInput(form: FormFields): Record<string, unknown> {
  return defined({ finishedOn: optional(form.finishedOn), reflection: optional(form.reflection) });
}

/** The start forms' fields as their labels name them (catalogue and own design share the names). */
export const START_WORDS: FieldWords = {
  labels: {
    testId: 'Fit test',
    title: 'Title',
    path: 'Path it tests',
    direction: 'Research direction',
    weeks: 'Weeks',
    startedOn: 'Started on',
    deliverable: 'What you will have at the end',
  },
  blank: {
    testId: 'Choose a fit test from the list.',
    title: 'Give your experiment a title.',
    path: 'Choose the path it tests.',
    weeks: 'Say how many weeks it runs: 1 to 12.',
  },
};

export const CHECK_IN_WORDS: FieldWords = {
  labels: { progress: 'Progress', enjoyment: 'Enjoyment', hours: 'Hours', date: 'Date', note: 'Note' },
  blank: {
    progress: 'Choose how well it went, from 0 (stalled) to 4 (fast progress).',
    enjoyment: 'Choose how much you enjoyed it, from 0 (not at all) to 4 (loved it).',
  },
};

export const FINISH_WORDS: FieldWords = {
  labels: { reflection: 'Reflection', finishedOn: 'Finished on' },
};
