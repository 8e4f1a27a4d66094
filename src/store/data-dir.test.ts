import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LeverError } from '../core/errors.js';
import { type DataDirSources, ensureDataDir, resolveDataDir } from './data-dir.js';

const linux = { platform: 'linux', home: '/home/ada', cwd: '/home/ada/work' } as const;

function refusal(sources: DataDirSources): LeverError {
  try {
    resolveDataDir(sources);
  } catch (error) {
    if (error instanceof LeverError) return error;
    throw error;
  }
  throw new Error('expected the data directory to be refused');
}

describe('resolveDataDir', () => {
  it('prefers --data-dir, then LEVER_DATA_DIR, resolving relative paths against the working directory', () => {
    const vars = { LEVER_DATA_DIR: 'from-env', XDG_DATA_HOME: '/xdg' };
    expect(resolveDataDir({ ...linux, vars, flag: 'from-flag' })).toBe('/home/ada/work/from-flag');
    expect(resolveDataDir({ ...linux, vars })).toBe('/home/ada/work/from-env');
    expect(resolveDataDir({ ...linux, vars: { LEVER_DATA_DIR: '' }, flag: '/srv/lever' })).toBe('/srv/lever');
  });

  it('refuses an empty --data-dir or LEVER_DATA_DIR rather than falling back to the usual place', () => {
    const flag = refusal({ ...linux, vars: { LEVER_DATA_DIR: '/srv/lever' }, flag: '' });
    expect(flag.code).toBe('invalid_input');
    expect(flag.message).toMatch(/^--data-dir is empty/);
    expect(refusal({ ...linux, vars: {}, flag: '  ' }).message).toMatch(/^--data-dir is empty/);
    const variable = refusal({ ...linux, vars: { LEVER_DATA_DIR: '' } });
    expect(variable.code).toBe('invalid_input');
    expect(variable.message).toMatch(/^LEVER_DATA_DIR is set but empty/);
  });

  it('refuses a data directory that is a file, or inside one, naming where it was given', () => {
    const root = mkdtempSync(join(tmpdir(), 'lever-data-'));
    try {
      writeFileSync(join(root, 'afile'), 'not a folder');
      mkdirSync(join(root, 'folder'));
      const cwd = { ...linux, cwd: root };
      const flag = refusal({ ...cwd, vars: {}, flag: 'afile' });
      expect(flag.code).toBe('invalid_input');
      expect(flag.message).toMatch(/^--data-dir afile is a file, not a folder/);
      expect(refusal({ ...cwd, vars: { LEVER_DATA_DIR: 'afile' } }).message).toMatch(
        /^LEVER_DATA_DIR afile is a file, not a folder/,
      );
      expect(refusal({ ...cwd, vars: {}, flag: 'afile/lever' }).message).toContain(
        `is inside ${join(root, 'afile')}, which is a file, not a folder`,
      );
      const home = refusal({ platform: 'linux', home: root, vars: { XDG_DATA_HOME: join(root, 'afile') } });
      expect(home.message).toMatch(/^your data folder .* --data-dir or LEVER_DATA_DIR$/);
      expect(resolveDataDir({ ...cwd, vars: {}, flag: 'folder' })).toBe(join(root, 'folder'));
      expect(resolveDataDir({ ...cwd, vars: {}, flag: 'folder/new/lever' })).toBe(
        join(root, 'folder', 'new', 'lever'),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('defaults to XDG_DATA_HOME/lever on Linux, ignoring an empty or relative XDG_DATA_HOME', () => {
    expect(resolveDataDir({ ...linux, vars: { XDG_DATA_HOME: '/xdg' } })).toBe('/xdg/lever');
    expect(resolveDataDir({ ...linux, vars: {} })).toBe('/home/ada/.local/share/lever');
    expect(resolveDataDir({ ...linux, vars: { XDG_DATA_HOME: '' } })).toBe('/home/ada/.local/share/lever');
    expect(resolveDataDir({ ...linux, vars: { XDG_DATA_HOME: 'rel' } })).toBe('/home/ada/.local/share/lever');
  });

  it('uses Application Support on macOS and %APPDATA% on Windows', () => {
    expect(resolveDataDir({ platform: 'darwin', home: '/Users/ada', vars: {} })).toBe(
      '/Users/ada/Library/Application Support/Lever',
    );
    const win = { platform: 'win32', home: 'C:\\Users\\ada', cwd: 'C:\\Users\\ada' } as const;
    expect(resolveDataDir({ ...win, vars: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' } })).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Lever',
    );
    expect(resolveDataDir({ ...win, vars: {} })).toBe('C:\\Users\\ada\\AppData\\Roaming\\Lever');
    expect(resolveDataDir({ ...win, vars: { LEVER_DATA_DIR: 'D:\\lever' } })).toBe('D:\\lever');
  });
});

describe('ensureDataDir', () => {
  it('creates the directory and its missing parents readable by the owner only', () => {
    const root = mkdtempSync(join(tmpdir(), 'lever-data-'));
    try {
      const dir = ensureDataDir(join(root, 'share', 'lever'));
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(join(root, 'share')).mode & 0o777).toBe(0o700);
      expect(ensureDataDir(dir)).toBe(dir);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
