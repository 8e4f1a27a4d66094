import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { problemsFromZod } from './validation.js';

/** The problems a schema reports for an input. */
function problems(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return problemsFromZod(result.error, input, schema);
}

describe('problemsFromZod', () => {
  it('names a missing choice as required, with the choices, not as "nothing is not allowed"', () => {
    const schema = z.object({ path: z.enum(['policy', 'research']) });
    expect(problems(schema, {})).toEqual([
      { path: 'path', message: 'is required; expected one of: policy, research' },
    ]);
    expect(problems(schema, { path: 'poetry' })).toEqual([
      { path: 'path', message: '"poetry" is not allowed; expected one of: policy, research' },
    ]);
  });

  it('says an empty text is empty, and counts characters and items in good English', () => {
    const schema = z.object({
      title: z.string().min(1),
      code: z.string().min(3).max(1),
      steps: z.array(z.string()).min(1),
      pair: z.array(z.string()).min(2),
    });
    expect(problems(schema, { title: '', code: 'ab', steps: [], pair: ['a'] })).toEqual([
      { path: 'title', message: 'is empty; at least one character is needed' },
      { path: 'code', message: 'is too short: at least 3 characters needed' },
      { path: 'code', message: 'is too long: at most 1 character allowed' },
      { path: 'steps', message: 'needs at least 1 item' },
      { path: 'pair', message: 'needs at least 2 items' },
    ]);
  });

  it('names the value and the limit of a number out of range', () => {
    const schema = z.object({ weeks: z.number().int().min(1).max(12) });
    expect(problems(schema, { weeks: 40 })).toEqual([
      { path: 'weeks', message: '40 is too large; at most 12 allowed' },
    ]);
    expect(problems(schema, {})).toEqual([{ path: 'weeks', message: 'is required: expected a number' }]);
  });
});
