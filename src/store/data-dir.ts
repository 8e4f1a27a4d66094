/**
 * Where Lever keeps a person's data on their own machine: `--data-dir`, then LEVER_DATA_DIR, then
 * the platform's usual place for application data. A data directory given but empty is refused
 * rather than read as "not given": a script whose variable is unset (`--data-dir "$D"`) must never
 * reach the person's real data. So is one that is a file, before anything reads or creates it.
 */
import { mkdirSync, type Stats, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { LeverError } from '../core/errors.js';

export interface DataDirSources {
  /** The `--data-dir` flag, when given. */
  flag?: string | undefined;
  /** Environment variables (LEVER_DATA_DIR, XDG_DATA_HOME, APPDATA); defaults to the process's. */
  vars?: Readonly<Record<string, string | undefined>>;
  platform?: NodeJS.Platform;
  home?: string;
  /** What a relative flag or LEVER_DATA_DIR is relative to. */
  cwd?: string;
}

/**
 * The data directory's absolute path; nothing is created. Throws invalid_input when `--data-dir`
 * or LEVER_DATA_DIR is empty, or when the directory (or a folder above it) is a file.
 */
export function resolveDataDir(sources: DataDirSources = {}): string {
  const vars = sources.vars ?? process.env;
  const platform = sources.platform ?? process.platform;
  const p = platform === 'win32' ? path.win32 : path.posix;
  const cwd = sources.cwd ?? process.cwd();
  const chosen = chosenDataDir(sources.flag, vars.LEVER_DATA_DIR);
  if (chosen !== undefined) {
    const dir = p.resolve(cwd, chosen.value);
    refuseFile(dir, `${chosen.source} ${chosen.value}`, 'give a folder (Lever creates it if missing)', p);
    return dir;
  }
  const dir = defaultDataDir(vars, platform, sources.home ?? homedir(), p);
  const remedy = 'move the file away, or choose a folder with --data-dir or LEVER_DATA_DIR';
  refuseFile(dir, `your data folder ${dir}`, remedy, p);
  return dir;
}

/** The directory the person named, and where they named it; refuses an empty one. */
function chosenDataDir(
  flag: string | undefined,
  variable: string | undefined,
): { value: string; source: string } | undefined {
  if (flag !== undefined) {
    if (flag.trim() === '') {
      throw new LeverError(
        'invalid_input',
        '--data-dir is empty: give the folder for your data, or leave the flag out to use LEVER_DATA_DIR or your data folder',
      );
    }
    return { value: flag, source: '--data-dir' };
  }
  if (variable === undefined) return undefined;
  if (variable.trim() === '') {
    throw new LeverError(
      'invalid_input',
      'LEVER_DATA_DIR is set but empty: set it to the folder for your data, or unset it to use your data folder',
    );
  }
  return { value: variable, source: 'LEVER_DATA_DIR' };
}

function defaultDataDir(
  vars: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  home: string,
  p: path.PlatformPath,
): string {
  if (platform === 'darwin') return p.join(home, 'Library', 'Application Support', 'Lever');
  if (platform === 'win32') {
    return p.join(nonEmpty(vars.APPDATA) ?? p.join(home, 'AppData', 'Roaming'), 'Lever');
  }
  // The XDG spec says to ignore a relative XDG_DATA_HOME.
  const xdg = nonEmpty(vars.XDG_DATA_HOME);
  return xdg !== undefined && p.isAbsolute(xdg)
    ? p.join(xdg, 'lever')
    : p.join(home, '.local', 'share', 'lever');
}

/**
 * Refuses a directory that is a file, or lies inside one: the nearest part of it that exists must
 * be a folder. Parts that cannot be looked at are passed over; creating the folder reports them.
 */
function refuseFile(dir: string, named: string, remedy: string, p: path.PlatformPath): void {
  for (let current = dir; ; current = p.dirname(current)) {
    const stats = statOrUndefined(current);
    if (stats?.isDirectory()) return;
    if (stats !== undefined) {
      const what = stats.isFile() ? 'a file, not a folder' : 'not a folder';
      const where = current === dir ? `is ${what}` : `is inside ${current}, which is ${what}`;
      throw new LeverError('invalid_input', `${named} ${where}: ${remedy}`);
    }
    if (p.dirname(current) === current) return;
  }
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * Creates the directory (and missing parents) readable by its owner only, since it holds what a
 * person wrote about themselves. An existing directory's permissions are left as they are.
 */
export function ensureDataDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
