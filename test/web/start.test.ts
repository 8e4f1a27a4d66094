/** `lever start` as a person runs it: prints a URL that answers, and stops cleanly on SIGTERM. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePort } from '../../src/cli/commands/start.js';
import { cleanEnv, lever, leverBin, workDir } from '../cli/run-lever.js';

const dataDir = mkdtempSync(join(tmpdir(), 'lever-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The environment for a server that must not pick up a developer's own data or database. */
const env = () => {
  const vars = cleanEnv({ LEVER_DATA_DIR: dataDir });
  delete vars.LEVER_DATABASE_URL;
  delete vars.PORT;
  return vars;
};

/** Resolves with everything printed so far once `pattern` appears on standard output. */
function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (pattern.test(out)) resolve(out);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.once('exit', (code) =>
      reject(new Error(`lever start exited ${code} before printing: ${out}${err}`)),
    );
  });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('lever start', () => {
  it('prints a URL that answers and where the data lives, then stops on SIGTERM with exit code 0', async () => {
    const child = spawn(process.execPath, [leverBin, 'start', '--port', '0'], { cwd: workDir, env: env() });
    const exited = exitOf(child);
    try {
      const out = await waitForOutput(child, /Press Ctrl-C to stop/);
      const url = /Lever is running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      expect(url).toBeDefined();
      expect(out).toContain(`SQLite file ${join(dataDir, 'lever.db')}`);
      const response = await fetch(url ?? '');
      expect(response.status).toBe(200);
      const kb = await fetch(new URL('api/v1/kb', url));
      expect(kb.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toEqual({ code: 0, signal: null });
  });

  it('refuses a host other machines can reach unless --allow-remote is given', () => {
    const run = lever(['start', '--host', '0.0.0.0', '--port', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--allow-remote');
    expect(run.stdout).toBe('');
  });

  it('rejects a port that is not a port', () => {
    const run = lever(['start', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--port must be a whole number from 0 to 65535/);
  });

  it('names PORT when the environment variable is wrong', () => {
    expect(() => parsePort('99999', 'PORT')).toThrow(/^PORT must be/);
    expect(parsePort('0', 'PORT')).toBe(0);
  });
});
