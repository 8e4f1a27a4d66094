import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDataDir, resolveDataDir } from './data-dir.js';

const linux = { platform: 'linux', home: '/home/ada', cwd: '/home/ada/work' } as const;

describe('resolveDataDir', () => {
  it('prefers --data-dir, then LEVER_DATA_DIR, resolving relative paths against the working directory', () => {
    const vars = { LEVER_DATA_DIR: 'from-env', XDG_DATA_HOME: '/xdg' };
    expect(resolveDataDir({ ...linux, vars, flag: 'from-flag' })).toBe('/home/ada/work/from-flag');
    expect(resolveDataDir({ ...linux, vars })).toBe('/home/ada/work/from-env');
    expect(resolveDataDir({ ...linux, vars: { LEVER_DATA_DIR: '/srv/lever' }, flag: '' })).toBe('/srv/lever');
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
