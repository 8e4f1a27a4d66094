/**
 * Writes Lever's plan for every persona case, one `<id>.json` per case, so that CI can score the
 * plans with the external persona checker. Each file holds the plan exactly as `lever advise --json`
 * prints it.
 *
 *   node dist/scripts/persona-plans.js CASES.json OUTPUT_DIR
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadKnowledgeBase } from '../src/content/load-kb.js';
import { loadRules } from '../src/content/load-rules.js';
import { adviseFromInput } from '../src/core/advice/advise.js';
import { type AdviceContext, createAdviceContext } from '../src/core/advice/context.js';
import { toJson } from '../src/core/json.js';
import { formatProblem } from '../src/core/validation.js';

/** A file to write, or why a case has none. */
export type PersonaPlanFile = { id: string; file: string; text: string } | { id: string; error: string };

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The plan file for each case of a persona cases document (a JSON array of `{id, profile}`). */
export function personaPlanFiles(cases: unknown, ctx: AdviceContext): PersonaPlanFile[] {
  if (!Array.isArray(cases)) return [{ id: '', error: 'the cases file must hold a JSON array of cases' }];
  return cases.map((c: unknown, i): PersonaPlanFile => {
    const { id, profile } = (c ?? {}) as { id?: unknown; profile?: unknown };
    if (typeof id !== 'string' || !SAFE_ID.test(id)) {
      return { id: `#${i}`, error: 'needs an "id" made of letters, digits, ".", "_" or "-"' };
    }
    const result = adviseFromInput(profile, ctx);
    if (!result.ok) return { id, error: result.problems.map(formatProblem).join('; ') };
    return { id, file: `${id}.json`, text: `${toJson(result.value)}\n` };
  });
}

function main(args: readonly string[]): number {
  const [casesFile, outDir] = args;
  if (!casesFile || !outDir) {
    console.error('usage: node dist/scripts/persona-plans.js CASES.json OUTPUT_DIR');
    return 2;
  }
  let cases: unknown;
  try {
    cases = JSON.parse(readFileSync(casesFile, 'utf8'));
  } catch (error) {
    console.error(`cannot read ${casesFile}: ${(error as Error).message}`);
    return 2;
  }
  const ikb = loadKnowledgeBase();
  const files = personaPlanFiles(cases, createAdviceContext(ikb, loadRules()));
  mkdirSync(outDir, { recursive: true });
  let failed = 0;
  for (const f of files) {
    if ('error' in f) {
      failed += 1;
      console.error(`${f.id}: ${f.error}`);
    } else writeFileSync(join(outDir, f.file), f.text);
  }
  console.log(
    `wrote ${files.length - failed} plans to ${outDir}${failed > 0 ? `; ${failed} cases failed` : ''}`,
  );
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
