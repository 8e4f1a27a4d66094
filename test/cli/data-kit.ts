/**
 * A person's data made the way they would make it: experiments, check-ins, a finished test, an
 * expertise plan and an ask through the CLI, saved profiles through the running web app's API
 * (the CLI has no command that saves one). And the export read back as JSON, to compare.
 */
import { expect } from 'vitest';
import { startLever } from '../crash/lever-process.js';
import { daysAgo, type JournalCli } from './journal-cli.js';
import { workDir } from './run-lever.js';

/** Unicode beyond the BMP, right-to-left text and markup, all kept as written. */
export const TRICKY_NOTE =
  'Read it twice — Ünïcödé, 日本語, עברית and 🧪🔬; <script>alert("x")</script> & <b>bold</b> "quoted"';
export const TRICKY_REFLECTION = 'Good at it, <i>not</i> sure I enjoy it 🤔\nSecond paragraph & more.';

export interface ExportJson {
  format: string;
  version: number;
  exportedAt: string;
  profiles: { id: string; name: string; profile: Record<string, unknown> }[];
  experiments: {
    id: string;
    kind: string;
    title: string;
    topicId: string | null;
    status: string;
    reflection: string | null;
    checkIns: { id: string; note: string | null }[];
  }[];
  asks: { id: string; title: string }[];
}

/** The export without its time stamp, which differs between any two exports. */
export function records(doc: ExportJson): Omit<ExportJson, 'exportedAt'> {
  const { exportedAt: _, ...rest } = doc;
  return rest;
}

/** `lever export` to standard output, parsed. */
export function exportOf(cli: JournalCli): ExportJson {
  return cli.json<ExportJson>(['export']);
}

/**
 * Two fit experiments (one from the catalogue with three check-ins and finished with a
 * reflection, one of the person's own with one check-in), an expertise plan, and an ask;
 * `tag` makes titles unique when two directories are seeded.
 */
export function seedJournal(cli: JournalCli, tag = ''): void {
  const id = (args: string[]) => cli.json<{ id: string }>([...args, '--json']).id;
  const catalogue = id(['experiment', 'start', 'replicate-interpretability-result', '--start', daysAgo(28)]);
  for (const [i, note] of [TRICKY_NOTE, `plain week ${tag}`, '<img src=x onerror=alert(1)>'].entries()) {
    const log = ['experiment', 'log', catalogue, '--progress', String(i + 1), '--enjoyment', '2'];
    id([...log, '--hours', '4.5', '--note', note, '--date', daysAgo(21 - 7 * i)]);
  }
  id(['experiment', 'finish', catalogue, '--reflection', TRICKY_REFLECTION, '--date', daysAgo(1)]);
  const own = id([
    'experiment',
    'start',
    '--title',
    `Write a policy memo ${tag}`.trim(),
    '--path',
    'policy',
    '--weeks',
    '2',
    '--start',
    daysAgo(7),
  ]);
  id(['experiment', 'log', own, '--progress', '3', '--enjoyment', '4', '--date', daysAgo(2)]);
  id(['topic', 'claim', 'global-gpu-tracking', '--start', daysAgo(14)]);
  id([
    'ask',
    'new',
    '--title',
    `Publish evaluation results ${tag}`.trim(),
    '--lab',
    'Example Lab',
    '--ask',
    'Publish the results of dangerous-capability evaluations before each deployment.',
    '--step',
    'Agree which evaluations count',
    '--owner',
    'Dana <dana@example.org>',
  ]);
}

/** Saves profiles through `lever start`'s API on this data directory, then stops the server. */
export async function saveProfiles(dataDir: string, names: readonly string[]): Promise<void> {
  const server = await startLever(dataDir, workDir);
  try {
    for (const [i, name] of names.entries()) {
      const response = await fetch(new URL('api/v1/profiles', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name,
          profile: {
            stage: 'student',
            skills: { coding: i % 5, math: 3 },
            notes: `Ask about <b>labs</b> ✓ ${i}`,
          },
        }),
      });
      expect(response.status, await response.text()).toBe(201);
    }
  } finally {
    await server.stop();
  }
}
