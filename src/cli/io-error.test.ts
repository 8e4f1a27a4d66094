import { describe, expect, it } from 'vitest';
import { ioFailureReason, isPathFailure } from './io-error.js';

const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('ioFailureReason', () => {
  it('says in words why a write failed, and whether the path given is to blame', () => {
    const full = failure('ENOSPC', 'ENOSPC: no space left on device, write');
    expect(ioFailureReason(full)).toBe('the disk is full');
    expect(isPathFailure(full)).toBe(false);
    const denied = failure('EACCES', "EACCES: permission denied, open '/x'");
    expect(ioFailureReason(denied)).toBe('permission denied');
    expect(isPathFailure(denied)).toBe(true);
  });

  it("keeps what happened from Node's text for a failure it has no words for", () => {
    expect(ioFailureReason(failure('ETXTBSY', "ETXTBSY: text file is busy, open '/x'"))).toBe(
      'text file is busy',
    );
    expect(ioFailureReason(new Error('something else\nand more'))).toBe('something else');
  });
});
