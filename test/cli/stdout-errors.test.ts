/**
 * A failed write to standard output: a reader that closes the pipe early is no failure (exit 0,
 * nothing on standard error); any other error, such as a full disk, is one line on standard error
 * and exit code 1, never a stack trace. The full disk is simulated by a module loaded before
 * Lever that makes every write to standard output fail as a full disk does.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanEnv, type LeverRun, leverBin, workDir } from './run-lever.js';

/** Makes standard output fail the way a full disk does (ENOSPC), whatever it is connected to. */
const FULL_DISK = `
const full = (callback) =>
  callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' }));
process.stdout._write = (_chunk, _encoding, callback) => full(callback);
process.stdout._writev = (_chunks, callback) => full(callback);
`;

/** Runs lever with `nodeArgs` before it; `closeEarly` closes the read end of its standard output at once. */
function run(nodeArgs: string[], args: string[], closeEarly: boolean): Promise<LeverRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, leverBin, ...args], {
      cwd: workDir,
      env: cleanEnv(),
    });
    let stdout = '';
    let stderr = '';
    if (closeEarly) child.stdout.destroy();
    else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('errors writing to standard output', () => {
  it('ends quietly with exit code 0 when the reader closes the pipe early', async () => {
    const result = await run([], ['kb', '--json'], true);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('says in one line that the output could not be written on a full disk, with exit code 1', async () => {
    const preload = join(mkdtempSync(join(workDir, 'stdout-')), 'full-disk.mjs');
    writeFileSync(preload, FULL_DISK);
    for (const args of [['kb', '--json'], ['export']]) {
      const result = await run(['--import', pathToFileURL(preload).href], args, false);
      // `export` of a data folder with nothing in it yet may say so first, on its own line.
      expect(result.stderr, args.join(' ')).toMatch(
        /(^|\n)error: could not write the output: the disk is full\n$/,
      );
      expect(result.stderr.match(/^error: /gm), args.join(' ')).toHaveLength(1);
      expect(result.stderr, args.join(' ')).not.toContain('    at ');
      expect(result.code).toBe(1);
    }
  });
});
