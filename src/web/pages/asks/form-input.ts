/**
 * The ask editor's fields as the journal's raw input, and an ask back as the editor's fields.
 * Steps are typed one per line, so the form needs no script to add or remove a step.
 */
import type { Ask } from '../../../core/journal/schema.js';
import { defined, type FormFields, optional } from '../form-data.js';
import type { FieldWords } from '../form-errors.js';

/** One step per non-blank line, trimmed. */
export function stepsFromText(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function askInput(form: FormFields): Record<string, unknown> {
  const steps = stepsFromText(form.steps);
  return defined({
    title: optional(form.title),
    lab: optional(form.lab),
    ask: optional(form.ask),
    steps: steps.length > 0 ? steps : undefined,
    owner: optional(form.owner),
    cost: optional(form.cost),
  });
}

/** A saved ask as the editor shows it. */
export function askFields(ask: Ask): FormFields {
  return {
    title: ask.title,
    lab: ask.lab ?? '',
    ask: ask.ask,
    steps: ask.steps.join('\n'),
    owner: ask.owner ?? '',
    cost: ask.cost ?? '',
  };
}

export const ASK_WORDS: FieldWords = {
  labels: {
    title: 'Title',
    lab: 'Lab',
    ask: 'The ask',
    steps: 'Steps',
    owner: 'Who has agreed to lead it',
    cost: 'What the lab gives up',
  },
  blank: {
    title: 'Give the ask a short title.',
    ask: 'Say what the lab should do, in a sentence or two.',
  },
};
