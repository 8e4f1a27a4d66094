/**
 * Where Lever keeps a person's data on their own machine: `--data-dir`, then LEVER_DATA_DIR, then
 * the platform's usual place for application data.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

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

/** The data directory's absolute path; nothing is created. */
export function resolveDataDir(sources: DataDirSources = {}): string {
  const vars = sources.vars ?? process.env;
  const platform = sources.platform ?? process.platform;
  const p = platform === 'win32' ? path.win32 : path.posix;
  const cwd = sources.cwd ?? process.cwd();
  const chosen = nonEmpty(sources.flag) ?? nonEmpty(vars.LEVER_DATA_DIR);
  if (chosen !== undefined) return p.resolve(cwd, chosen);

  const home = sources.home ?? homedir();
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
