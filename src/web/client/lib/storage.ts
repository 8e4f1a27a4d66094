/**
 * localStorage that never throws: it is unavailable in some private windows and when storage is
 * full or disabled, and the page must keep working without it.
 */

export function readStorage<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

export function writeStorage<T>(key: string, value: T): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not saved: the form still works, only a reload will not bring the answers back.
  }
}
