/** The journal forms' fields as raw input, and problems placed next to their fields. */
import { describe, expect, it } from 'vitest';
import { LeverError } from '../../core/errors.js';
import { askInput, stepsFromText } from './asks/form-input.js';
import { fileSlug } from './asks/routes.js';
import { checkInInput, finishInput, startInput } from './experiments/form-input.js';
import { parseReturnTo, returnUrl } from './experiments/return-to.js';
import { numberOrText } from './form-data.js';
import { errorsOf, fieldErrors, fieldOf, firstInvalid, formFailure, invalidFields } from './form-errors.js';

describe('form fields as input', () => {
  it('turns numbers into numbers and leaves anything else as typed for the schema to name', () => {
    expect(numberOrText('3')).toBe(3);
    expect(numberOrText(' 1.5 ')).toBe(1.5);
    expect(numberOrText('')).toBeUndefined();
    expect(numberOrText('three')).toBe('three');
  });

  it('reads a check-in, leaving blank optional fields out', () => {
    expect(
      checkInInput({ from: 'dashboard', progress: '3', enjoyment: '0', hours: '', date: '', note: '' }),
    ).toEqual({
      progress: 3,
      enjoyment: 0,
    });
    expect(checkInInput({ progress: '1', enjoyment: '2', hours: '2.5', note: ' hi ' })).toEqual({
      progress: 1,
      enjoyment: 2,
      hours: 2.5,
      note: ' hi ',
    });
  });

  it('reads a catalogue start (even with a blank id) or an own design', () => {
    expect(startInput({ testId: '' })).toEqual({ testId: '' });
    expect(startInput({ testId: 'x', startedOn: '2030-01-01' })).toEqual({
      testId: 'x',
      startedOn: '2030-01-01',
    });
    expect(startInput({ title: 'T', path: 'policy', weeks: '2', direction: '', deliverable: '' })).toEqual({
      title: 'T',
      path: 'policy',
      weeks: 2,
    });
  });

  it('reads a finish and an ask, steps one per non-blank line', () => {
    expect(finishInput({ reflection: '', finishedOn: '' })).toEqual({});
    expect(stepsFromText(' a \r\n\r\nb\n  ')).toEqual(['a', 'b']);
    expect(askInput({ title: 'T', ask: 'A', steps: '\n', lab: '', owner: '', cost: '' })).toEqual({
      title: 'T',
      ask: 'A',
    });
  });
});

describe('problems next to their fields', () => {
  it('belong to the form field their path starts with, first problem first', () => {
    expect(fieldOf('steps[2]')).toBe('steps');
    expect(fieldOf('history[0].months')).toBe('history');
    expect(fieldOf('')).toBe('');
    const errors = fieldErrors(
      [
        { path: 'steps[3]', message: 'is too long' },
        { path: 'steps[4]', message: 'second' },
        { path: 'title', message: 'is required: expected a string' },
      ],
      { labels: { steps: 'Steps' }, blank: { title: 'Give it a title.' } },
    );
    expect(errors).toEqual({ steps: 'Steps, item 4: is too long.', title: 'Give it a title.' });
  });

  it('say how much was given, read from the input that was checked', () => {
    const input = { steps: ['a', 'x'.repeat(1001)] };
    const problems = [{ path: 'steps[1]', message: 'is too long: at most 1000 characters allowed' }];
    expect(fieldErrors(problems, { labels: { steps: 'Steps' } }, input)).toEqual({
      steps: 'Steps, item 2: at most 1000 characters allowed; you gave 1001.',
    });
  });

  it('put the cursor in the first invalid field in the form’s order, or its first field', () => {
    const order = ['title', 'path', 'weeks'];
    expect(firstInvalid({ weeks: 'w', path: 'p' }, order)).toBe('path');
    expect(firstInvalid({ '': 'the whole form' }, order)).toBe('title');
    expect(firstInvalid({}, order)).toBeUndefined();
    const fields = invalidFields({ weeks: 'w' }, order);
    expect(fields.field('weeks', 'weeks-error', 'weeks-hint')).toEqual({
      'aria-describedby': 'weeks-error weeks-hint',
      'aria-invalid': 'true',
      autofocus: true,
    });
    expect(fields.field('title', 'title-error')).toEqual({
      'aria-describedby': undefined,
      'aria-invalid': undefined,
      autofocus: undefined,
    });
  });

  it('turn an expected LeverError into a status and rethrow anything else', () => {
    const failure = formFailure(new LeverError('conflict', 'finished'));
    expect(failure.status).toBe(409);
    expect(errorsOf(failure, { labels: {} }, 'testId')).toEqual({ testId: 'Finished.' });
    expect(() => formFailure(new Error('boom'))).toThrow('boom');
    expect(() => formFailure(new LeverError('internal', 'x'))).toThrow('x');
  });
});

describe('where a check-in form returns to', () => {
  it('allows only Lever’s own pages', () => {
    expect(parseReturnTo('dashboard')).toBe('dashboard');
    expect(parseReturnTo('https://evil.example')).toBe('experiment');
    expect(returnUrl('dashboard', 'e1', 'logged')).toBe('/experiments?done=logged#experiment-e1');
    expect(returnUrl('expertise', 'e1', 'logged')).toBe('/expertise/e1?done=logged');
  });
});

describe('fileSlug', () => {
  it('makes a safe file name from any title', () => {
    expect(fileSlug('Evals before deploy!')).toBe('lever-ask-evals-before-deploy');
    expect(fileSlug('"; rm -rf / ✨')).toBe('lever-ask-rm-rf');
    expect(fileSlug('✨✨')).toBe('lever-ask');
  });
});
