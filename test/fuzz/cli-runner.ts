/**
 * The real `lever` process for fuzzing: runs without blocking (so a few can run at once, each
 * with a deadline), with standard input when a case needs it, and a read-only dump of the data
 * directory's SQLite file to prove a refused command changed nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cleanEnv, type LeverRun, leverBin, workDir } from '../cli/run-lever.js';

/** Runs `lever ...args` against the data directory `dataDir`; killed after `timeoutMs`. */
export function leverAsync(
  args: readonly string[],
  dataDir: string,
  options: { input?: string | Uint8Array | undefined; timeoutMs?: number } = {},
): Promise<LeverRun & { ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [leverBin, ...args], {
      cwd: workDir,
      env: cleanEnv({ LEVER_DATA_DIR: dataDir }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: performance.now() - started,
      });
    });
    // A command that never reads its input may close it first; that is not a failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Every row of every table of the data directory's database, read-only, in a stable order. */
export function dumpDataDir(dataDir: string): Record<string, unknown[]> {
  const file = join(dataDir, 'lever.db');
  if (!existsSync(file)) return {};
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY rowid`).all(),
      ]),
    );
  } finally {
    db.close();
  }
}
