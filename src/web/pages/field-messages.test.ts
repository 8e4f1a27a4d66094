/** Problems as the sentences pages show beside their fields: label first, capital, full stop. */
import { describe, expect, it } from 'vitest';
import { fieldSentence } from './field-messages.js';

describe('a problem beside its field', () => {
  it('names the field, says what is allowed and what was given', () => {
    const steps = Array.from({ length: 23 }, (_, i) => `step ${i}`);
    expect(fieldSentence('Steps', 'has too many items: at most 20 allowed', steps)).toBe(
      'Steps: at most 20 allowed; you gave 23.',
    );
    expect(fieldSentence('Weeks', '20 is too large; at most 12 allowed', 20)).toBe(
      'Weeks: at most 12 allowed; you gave 20.',
    );
    expect(fieldSentence('Hours', '-1 is too small; at least 0 allowed', -1)).toBe(
      'Hours: at least 0 allowed; you gave -1.',
    );
    expect(fieldSentence('Title', 'is too long: at most 200 characters allowed', 'x'.repeat(201))).toBe(
      'Title: at most 200 characters allowed; you gave 201.',
    );
    expect(fieldSentence('Title', 'is required: expected a string')).toBe('Title is required.');
  });

  it('puts the label before any other message and ends it as a sentence', () => {
    expect(
      fieldSentence('Date', '"2030-01-01" is in the future; expected a date from 2029-01-01 to 2029-02-01'),
    ).toBe('Date: "2030-01-01" is in the future; expected a date from 2029-01-01 to 2029-02-01.');
    expect(fieldSentence('Weeks', 'expected a number, got a string "two"')).toBe(
      'Weeks: expected a number, got a string "two".',
    );
  });

  it('keeps a message that is already a sentence or says what it is about, capitalized', () => {
    expect(fieldSentence('Title', 'Give your experiment a title.')).toBe('Give your experiment a title.');
    expect(fieldSentence('Fit test', 'unknown fit test "nope"')).toBe('Unknown fit test "nope".');
    expect(fieldSentence(undefined, 'finished')).toBe('Finished.');
  });

  it('says how many were given only when it knows', () => {
    expect(fieldSentence('Steps', 'has too many items: at most 20 allowed')).toBe(
      'Steps: at most 20 allowed.',
    );
  });

  it('reads the validator’s singular wordings too, for one item or character', () => {
    expect(fieldSentence('Steps', 'needs at least 1 item', [])).toBe('Steps: at least 1 needed; you gave 0.');
    expect(fieldSentence('Code', 'is too long: at most 1 character allowed', 'ab')).toBe(
      'Code: at most 1 character allowed; you gave 2.',
    );
  });
});
