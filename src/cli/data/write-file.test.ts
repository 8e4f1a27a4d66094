import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDestination, REPLACE_HINT, writePrivateFile } from './write-file.js';

const root = mkdtempSync(join(tmpdir(), 'lever-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const options = (replace: boolean) => ({ replace, what: 'export' });

/** A fresh empty folder inside the test root. */
function folder(): string {
  return mkdtempSync(join(root, 'case-'));
}

/** A FIFO made with the system's own command, inside the test root only. */
function fifo(dir: string): string {
  const path = join(dir, 'pipe');
  execFileSync('mkfifo', [path]);
  return path;
}

/** What `child` printed by the time it exited. */
function outputOf(child: ChildProcess): Promise<string> {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return new Promise((done) => child.on('close', () => done(text)));
}

describe('writePrivateFile', () => {
  it('writes the whole text to a file only its owner can read, leaving no temporary file', () => {
    const dir = folder();
    const file = join(dir, 'out.json');
    expect(writePrivateFile(file, '{"a": "✓"}\n', options(false))).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe('{"a": "✓"}\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('never replaces an existing file unless asked, and then replaces it whole', () => {
    const dir = folder();
    const file = join(dir, 'out.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    expect(() => writePrivateFile(file, 'new', options(false))).toThrow(
      `${file} already exists; ${REPLACE_HINT}`,
    );
    expect(() => checkDestination(file, options(false))).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(readFileSync(file, 'utf8')).toBe('old');
    writePrivateFile(file, 'new', options(true));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('follows a symbolic link: the file it points to is replaced, the link stays', () => {
    const dir = folder();
    const target = join(dir, 'target.txt');
    const link = join(dir, 'link.md');
    writeFileSync(target, 'old');
    symlinkSync('target.txt', link);
    expect(() => writePrivateFile(link, 'new', options(false))).toThrow(`${link} already exists`);
    expect(writePrivateFile(link, 'new', options(true))).toBe(link);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('target.txt');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'target.txt']);
  });

  it('writes a dangling link to the path it names, when that folder exists', () => {
    const dir = folder();
    mkdirSync(join(dir, 'sub'));
    const link = join(dir, 'link.json');
    symlinkSync(join('sub', 'later.json'), link);
    writePrivateFile(link, 'made', options(false));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'sub', 'later.json'), 'utf8')).toBe('made');

    const nowhere = join(dir, 'nowhere.json');
    symlinkSync(join('missing', 'x.json'), nowhere);
    expect(() => writePrivateFile(nowhere, 'x', options(true))).toThrow('its folder does not exist');
    const loop = join(dir, 'loop');
    symlinkSync('loop', loop);
    expect(() => writePrivateFile(loop, 'x', options(true))).toThrow('loop of symbolic links');
  });

  it('writes through a FIFO, without --force and without replacing it', async () => {
    const dir = folder();
    const pipe = fifo(dir);
    const reader = outputOf(spawn('cat', [pipe], { stdio: ['ignore', 'pipe', 'inherit'] }));
    writePrivateFile(pipe, 'through the pipe\n', options(false));
    expect(await reader).toBe('through the pipe\n');
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('reports a failed write as an error, never as written', async () => {
    const dir = folder();
    const pipe = fifo(dir);
    // The reader takes one byte and leaves: the rest of the write fails (EPIPE).
    const reader = outputOf(spawn('head', ['-c', '1', pipe], { stdio: ['ignore', 'pipe', 'inherit'] }));
    const large = 'x'.repeat(4 * 1024 * 1024);
    expect(() => writePrivateFile(pipe, large, options(false))).toThrow(
      expect.objectContaining({
        code: 'internal',
        message: `cannot write the export to ${pipe}: nothing is reading it any more`,
      }),
    );
    expect(await reader).toBe('x');
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  });

  it('says why it cannot write, and cleans up', () => {
    const dir = folder();
    expect(() => writePrivateFile(join(dir, 'missing', 'out.json'), 'x', options(false))).toThrow(
      'its folder does not exist',
    );
    mkdirSync(join(dir, 'sub'));
    expect(() => writePrivateFile(join(dir, 'sub'), 'x', options(true))).toThrow('it is a folder');
    expect(() => checkDestination(join(dir, 'sub'), options(true))).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      expect(() => writePrivateFile(join(locked, 'out.json'), 'x', options(false))).toThrow(
        'permission denied',
      );
      chmodSync(locked, 0o700);
    }
    expect(readdirSync(dir).sort()).toEqual(process.getuid?.() !== 0 ? ['locked', 'sub'] : ['sub']);
  });
});
