import { describe, expect, it } from 'vitest';
import { createPlanCache } from './plan-cache.js';

const bytes = (size: number, fill = 1) => new Uint8Array(size).fill(fill);

describe('createPlanCache', () => {
  it('gives back the plan stored for exactly the same body', () => {
    const cache = createPlanCache(1024);
    cache?.set('{"stage":"student"}', bytes(10, 7));
    expect(cache?.get('{"stage":"student"}')).toEqual(bytes(10, 7));
    expect(cache?.get('{"stage": "student"}')).toBeUndefined();
  });

  it('is absent when given no room, so every request is computed', () => {
    expect(createPlanCache(0)).toBeUndefined();
  });

  it('stays within its byte budget, dropping the least recently used plan first', () => {
    const cache = createPlanCache(100);
    cache?.set('a', bytes(40));
    cache?.set('b', bytes(40));
    cache?.get('a');
    cache?.set('c', bytes(40));
    expect(cache?.get('a')).toBeDefined();
    expect(cache?.get('b')).toBeUndefined();
    expect(cache?.get('c')).toBeDefined();
  });

  it('counts the body text too, so long keys cannot grow it unseen', () => {
    const cache = createPlanCache(100);
    cache?.set('x'.repeat(60), bytes(10));
    expect(cache?.get('x'.repeat(60))).toBeUndefined();
  });
});
