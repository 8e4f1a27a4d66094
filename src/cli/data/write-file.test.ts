import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refuseExisting, writePrivateFile } from './write-file.js';

const root = mkdtempSync(join(tmpdir(), 'lever-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const options = (replace: boolean) => ({ replace, what: 'export', hint: 'add --force' });

/** A fresh empty folder inside the test root. */
function folder(): string {
  return mkdtempSync(join(root, 'case-'));
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
      `${file} already exists; add --force`,
    );
    expect(() => refuseExisting(file, 'add --force')).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(readFileSync(file, 'utf8')).toBe('old');
    writePrivateFile(file, 'new', options(true));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('says why it cannot write, and cleans up', () => {
    const dir = folder();
    expect(() => writePrivateFile(join(dir, 'missing', 'out.json'), 'x', options(false))).toThrow(
      'its folder does not exist',
    );
    mkdirSync(join(dir, 'sub'));
    expect(() => writePrivateFile(join(dir, 'sub'), 'x', options(true))).toThrow('it is a folder');
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
