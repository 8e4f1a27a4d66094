/** Accessibility checks with axe-core, injected into the page under test. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Violations at these impacts fail the test; the others are reported in the artifacts only. */
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

export interface Finding {
  rule: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  targets: string[];
  /** Why axe flagged the first node, e.g. the contrast ratio it measured. */
  summary: string;
}

/** Runs axe on the page as it is now and returns every violation, most severe first. */
export async function axeViolations(page: Page): Promise<Finding[]> {
  // Evaluated by the browser's debugging protocol, which Lever's Content-Security-Policy (no
  // inline scripts) does not block, as it would a <script> tag added to the page.
  await page.evaluate(AXE_SCRIPT);
  const results = await page.evaluate<AxeResults>(
    "axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })",
  );
  const order = (impact: ImpactValue | undefined) =>
    ['critical', 'serious', 'moderate', 'minor'].indexOf(impact ?? '');
  return results.violations.map(finding).sort((a, b) => order(a.impact) - order(b.impact));
}

function finding(violation: Result): Finding {
  return {
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    helpUrl: violation.helpUrl,
    targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    summary: violation.nodes[0]?.failureSummary ?? '',
  };
}

export function isBlocking(finding: Finding): boolean {
  return BLOCKING_IMPACTS.includes(finding.impact ?? null);
}

/** One line per violation and target, for a failure message a person can act on. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings
    .map(
      (f) =>
        `${f.rule} (${f.impact}): ${f.help}\n    ${f.targets.slice(0, 8).join('\n    ')}${
          f.targets.length > 8 ? `\n    …and ${f.targets.length - 8} more` : ''
        }\n    ${f.summary.replace(/\n/g, ' ')}\n    ${f.helpUrl}`,
    )
    .join('\n');
}
