/**
 * Lever's web server as a real child process (`lever start --port 0`), the way a person runs it,
 * on a given data directory and bound to 127.0.0.1, so that a test can kill it with SIGKILL, as a
 * crash or a power cut would, and start it again on the same data. Needs the build (`bin/lever.js`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const leverBin = join(projectDir, 'bin', 'lever.js');

/** How long a start may take on a busy two-core machine before the test gives up. */
const START_TIMEOUT_MS = 30_000;

export interface LeverProcess {
  /** "http://127.0.0.1:PORT/" */
  url: string;
  child: ChildProcess;
  /** Resolves once the process has exited, with the signal that ended it (if any). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends the process at once with SIGKILL: no handler runs, nothing is flushed or closed. */
  kill(): void;
  /** Asks the process to stop cleanly (SIGTERM) and waits for it. */
  stop(): Promise<void>;
}

/** An environment that reaches only `dataDir`: no database URL, no port, no developer settings. */
function serverEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LEVER_DATA_DIR: dataDir };
  for (const name of ['LEVER_DATABASE_URL', 'PORT', 'LEVER_DEBUG', 'NO_COLOR', 'FORCE_COLOR'])
    delete env[name];
  return env;
}

/** Starts `lever start --port 0 --host 127.0.0.1 --data-dir <dataDir>` and waits for its URL. */
export async function startLever(dataDir: string, cwd: string): Promise<LeverProcess> {
  const child = spawn(
    process.execPath,
    [leverBin, 'start', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir],
    { cwd, env: serverEnv(dataDir), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`lever start printed no URL within ${START_TIMEOUT_MS} ms: ${out}${err}`));
    }, START_TIMEOUT_MS);
    child.stdout?.on('data', () => {
      const found = /Lever is running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`lever start exited (${code ?? signal}) before printing its URL: ${out}${err}`));
    });
  });
  return {
    url,
    child,
    exited,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
