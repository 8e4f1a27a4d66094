import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readExportText } from './read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'lever-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readExportText', () => {
  it('reads a file or standard input as UTF-8, without a byte-order mark', async () => {
    const file = join(dir, 'export.json');
    writeFileSync(file, '\uFEFF{"note": "日本語 🧪"}');
    expect(await readExportText(file)).toBe('{"note": "日本語 🧪"}');
    const stdin = Readable.from([Buffer.from('{"a"'), Buffer.from(': 1}')]);
    expect(await readExportText('-', { stdin })).toBe('{"a": 1}');
  });

  it('refuses more than the limit, from a file or a stream, saying how much it takes', async () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, 'x'.repeat(2048));
    await expect(readExportText(file, { limit: 1024 })).rejects.toMatchObject({
      code: 'payload_too_large',
      message: expect.stringContaining('more than the 50 MB Lever imports'),
    });
    const stdin = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(readExportText('-', { stdin, limit: 1024 })).rejects.toMatchObject({
      code: 'payload_too_large',
      message: expect.stringContaining('standard input is more than'),
    });
  });

  it('refuses bytes that are not UTF-8, and says why a file cannot be read', async () => {
    const file = join(dir, 'latin1.json');
    writeFileSync(file, Buffer.from([0x7b, 0xe9, 0x7d]));
    await expect(readExportText(file)).rejects.toThrow('is not UTF-8 text');
    await expect(readExportText(join(dir, 'nope.json'))).rejects.toThrow('there is no such file');
    await expect(readExportText(dir)).rejects.toThrow('it is a folder, not a file');
  });
});
