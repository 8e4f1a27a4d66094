/**
 * One rule for every command that writes a file (`journal --markdown/--ics`, `topic plan --ics`,
 * `export`, `backup`): a symbolic link is followed, a FIFO is written through, a folder is
 * refused, an existing file is replaced only with --force, a missing folder is never created; and
 * a calendar's every line ends with CRLF. FIFOs and links are made in temporary folders only.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalCli } from './journal-cli.js';
import { cleanEnv, type LeverRun, leverBin, workDir } from './run-lever.js';

const cli = journalCli();
let dir = '';

beforeAll(() => {
  for (const args of [
    ['topic', 'claim', 'global-gpu-tracking'],
    ['experiment', 'start', 'replicate-interpretability-result'],
  ]) {
    const run = cli.run(args);
    if (run.code !== 0) throw new Error(run.stderr);
  }
  dir = mkdtempSync(join(workDir, 'files-'));
}, 60_000);

/** `lever ARGS` as a child process that leaves this one free to read a FIFO meanwhile. */
function leverAsync(args: readonly string[]): Promise<LeverRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [leverBin, ...args], {
      cwd: dir,
      env: cleanEnv({ LEVER_DATA_DIR: cli.dir }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A new FIFO in the test folder, made with the system's own command. */
function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

/** Runs `args` while reading `pipe` until the writer closes it. */
async function throughFifo(pipe: string, args: readonly string[]): Promise<[LeverRun, Buffer]> {
  return Promise.all([leverAsync(args), readFile(pipe)]);
}

/** Whether every line of `text` ends with CRLF, the last one too. */
function crlfOnly(text: string): boolean {
  return text.endsWith('\r\n') && !/(^|[^\r])\n/.test(text);
}

describe('writing to a file', () => {
  it('prints the export when --markdown or --ics has no file', async () => {
    const markdown = await leverAsync(['journal', '--markdown']);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toMatch(/^# Lever journal\n/);
    const calendar = await leverAsync(['journal', '--ics']);
    expect(calendar.code, calendar.stderr).toBe(0);
    expect(calendar.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(crlfOnly(calendar.stdout)).toBe(true);
    const plan = await leverAsync(['topic', 'plan', '--ics']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(crlfOnly(plan.stdout)).toBe(true);
    expect((await leverAsync(['journal', '--markdown', '--ics'])).code).toBe(2);
  });

  it('ends every line of a calendar file with CRLF', async () => {
    for (const args of [
      ['journal', '--ics'],
      ['topic', 'plan', '--ics'],
    ]) {
      const file = join(dir, `${args[0]}-crlf.ics`);
      const run = await leverAsync([...args, file]);
      expect(run.code, run.stderr).toBe(0);
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(crlfOnly(text)).toBe(true);
    }
  });

  it.each([
    [['journal', '--markdown']],
    [['journal', '--ics']],
    [['topic', 'plan', '--ics']],
    [['export']],
    [['backup']],
  ])('"lever %j FILE" replaces an existing file only with --force (exit 4)', async (args) => {
    const file = join(dir, `existing-${args.join('-')}`);
    writeFileSync(file, 'keep me');
    const refused = await leverAsync([...args, file]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toBe(
      `error: ${file} already exists; add --force to replace it, or give another file name\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    const forced = await leverAsync([...args, file, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe('keep me');
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('refuses before writing anything when one of two files exists', async () => {
    const calendar = join(dir, 'taken.ics');
    writeFileSync(calendar, 'keep me');
    const markdown = join(dir, 'not-yet.md');
    const run = await leverAsync(['journal', '--markdown', markdown, '--ics', calendar]);
    expect(run.code).toBe(4);
    expect(existsSync(markdown)).toBe(false);
  });

  it('follows a symbolic link: the file it points to is written, the link stays', async () => {
    const target = join(dir, 'target.txt');
    const link = join(dir, 'link.md');
    writeFileSync(target, 'old');
    symlinkSync('target.txt', link);
    expect((await leverAsync(['journal', '--markdown', link])).code).toBe(4);
    const run = await leverAsync(['journal', '--markdown', link, '--force']);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('target.txt');
    expect(readFileSync(target, 'utf8')).toMatch(/^# Lever journal\n/);

    const dangling = join(dir, 'dangling.json');
    symlinkSync('exported.json', dangling);
    const exported = await leverAsync(['export', dangling]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'exported.json'), 'utf8'))).toMatchObject({
      format: 'lever-export',
    });
  });

  it.each([
    [['journal', '--markdown'], (text: Buffer) => expect(text.toString()).toMatch(/^# Lever journal\n/)],
    [['journal', '--ics'], (text: Buffer) => expect(crlfOnly(text.toString())).toBe(true)],
    [['topic', 'plan', '--ics'], (text: Buffer) => expect(text.toString()).toMatch(/^BEGIN:VCALENDAR/)],
    [['export'], (text: Buffer) => expect(JSON.parse(text.toString())).toHaveProperty('experiments')],
    [['backup'], (text: Buffer) => expect(text.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')],
  ])('"lever %j FIFO" writes through the FIFO, without --force, and keeps it', async (args, check) => {
    const pipe = fifo(`pipe-${args.join('-')}`);
    const [run, received] = await throughFifo(pipe, [...args, pipe]);
    expect(run.code, run.stderr).toBe(0);
    check(received);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('refuses a folder (exit 2)', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    for (const args of [['journal', '--markdown'], ['topic', 'plan', '--ics'], ['backup']]) {
      const run = await leverAsync([...args, folder, '--force']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${folder}: it is a folder`);
    }
  });

  it('never creates a missing folder for a file named, backups included (exit 2)', async () => {
    const missing = join(dir, 'no-such-folder');
    for (const args of [['backup'], ['export'], ['journal', '--ics'], ['topic', 'plan', '--ics']]) {
      const run = await leverAsync([...args, join(missing, 'x')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('its folder does not exist');
    }
    expect(existsSync(missing)).toBe(false);
  });
});
