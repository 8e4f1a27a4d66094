/** Offers to save the answers as a profile file, never replacing a file without asking. */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { confirm, input } from '@inquirer/prompts';
import type { Profile } from '../../core/profile/schema.js';

/** The file name offered first, in the current folder. */
export const DEFAULT_PROFILE_FILE = 'lever-profile.json';

/** The name as the person should type it in a shell: quoted when it has spaces or quotes. */
function shellWord(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/**
 * The first name of the series lever-profile.json, lever-profile-2.json, … that is free in the
 * current folder, so pressing Enter always saves without replacing anything.
 */
export function freeProfileFileName(exists: (path: string) => boolean = existsSync): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? DEFAULT_PROFILE_FILE : DEFAULT_PROFILE_FILE.replace(/\.json$/, `-${n}.json`);
    if (!exists(resolve(name))) return name;
  }
}

/** The profile file's text: the same JSON as any saved Lever document. */
export function profileFileText(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/**
 * Asks whether to save, then where, offering a name that is free; an existing file is replaced
 * only after a yes, and a no asks again with a free name offered. Returns the path written, or
 * undefined when the person chose not to save.
 */
export async function offerToSave(
  profile: Profile,
  say: (text: string) => void,
): Promise<string | undefined> {
  const save = await confirm({
    message: 'Save your answers as a profile file, to see this plan again or update it later?',
    default: true,
  });
  if (!save) return undefined;
  for (;;) {
    const name = (
      await input({ message: 'File name:', default: freeProfileFileName(), required: true })
    ).trim();
    const path = resolve(name);
    let replace = false;
    if (existsSync(path)) {
      if (statSync(path).isDirectory()) {
        say(`"${name}" is a folder; choose a file name.`);
        continue;
      }
      replace = await confirm({ message: `"${name}" already exists. Replace it?`, default: false });
      if (!replace) continue;
    }
    try {
      // "wx" fails if the file appeared meanwhile, so only an explicit yes ever replaces one.
      writeFileSync(path, profileFileText(profile), { flag: replace ? 'w' : 'wx' });
    } catch (error) {
      say(`Could not save "${name}": ${(error as Error).message}. Try another name.`);
      continue;
    }
    say(`Saved to ${name}. See this plan again with: lever advise --profile ${shellWord(name)}`);
    return path;
  }
}
