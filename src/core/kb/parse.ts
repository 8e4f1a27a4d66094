/** Validates raw knowledge-base data: first its shape, then its references. */
import { fail, ok, type Result } from '../result.js';
import { problemsFromZod } from '../validation.js';
import { checkReferences } from './references.js';
import { KnowledgeBase } from './schema.js';

/** Parses and checks a knowledge base; problems name the field or item at fault. */
export function parseKnowledgeBase(raw: unknown): Result<KnowledgeBase> {
  const parsed = KnowledgeBase.safeParse(raw);
  if (!parsed.success) return fail(problemsFromZod(parsed.error, raw, KnowledgeBase));
  const problems = checkReferences(parsed.data);
  return problems.length > 0 ? fail(problems) : ok(parsed.data);
}
