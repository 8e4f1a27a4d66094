/**
 * Parsing of untrusted journal input (CLI flags, web forms, API bodies) into the journal's schemas.
 * Problems name each field, the value given and what is allowed.
 */
import type * as z from 'zod';
import { fail, ok, type Result } from '../result.js';
import { problemsFromZod } from '../validation.js';
import {
  AskInput,
  CatalogueExperimentInput,
  CheckInInput,
  type ExperimentInput,
  FinishInput,
  OwnExperimentInput,
  TopicClaimInput,
} from './schema.js';

/** Validates `raw` against `schema`; problems name each field, its value and what is allowed. */
function parseObject<T>(schema: z.ZodType<T>, raw: unknown, example: string): Result<T> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail([{ path: '', message: `expected a JSON object, e.g. ${example}` }]);
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail(problemsFromZod(parsed.error, raw, schema));
}

/** Parses a new experiment: a catalogue test (`testId`) or one of the person's own design. */
export function parseExperimentInput(raw: unknown): Result<ExperimentInput> {
  // Chosen by shape rather than as a zod union, so problems name the fields of the intended kind.
  const fromCatalogue = raw !== null && typeof raw === 'object' && 'testId' in raw;
  return fromCatalogue
    ? parseObject(CatalogueExperimentInput, raw, '{"testId": "replicate-a-paper"}')
    : parseObject(OwnExperimentInput, raw, '{"title": "…", "path": "alignment-research", "weeks": 2}');
}

/** Parses a check-in. */
export function parseCheckInInput(raw: unknown): Result<CheckInInput> {
  return parseObject(CheckInInput, raw, '{"progress": 3, "enjoyment": 2}');
}

/** Parses the finishing of an experiment. */
export function parseFinishInput(raw: unknown): Result<FinishInput> {
  return parseObject(FinishInput, raw, '{"reflection": "…"}');
}

/** Parses the claim of a governance topic. */
export function parseTopicClaimInput(raw: unknown): Result<TopicClaimInput> {
  return parseObject(TopicClaimInput, raw, '{"topicId": "global-gpu-tracking"}');
}

/** Parses a concrete ask; an ask of only spaces is refused like an empty one. */
export function parseAskInput(raw: unknown): Result<AskInput> {
  const parsed = parseObject(AskInput, raw, '{"title": "…", "ask": "…"}');
  if (parsed.ok && parsed.value.ask.trim() === '') {
    return fail([{ path: 'ask', message: 'is empty: say what the lab should do' }]);
  }
  return parsed;
}
