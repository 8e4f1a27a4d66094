/**
 * A bounded cache of the plans `POST /advice` has sent, keyed by the request body's exact text.
 * Plans are deterministic (the same profile, knowledge base and rules always give the same bytes),
 * and a person's own pages ask for the same profile again and again (the plan page, its share link,
 * its exports), so a repeated body is answered with the bytes already computed. Only successful
 * plans are kept; the cache lives as long as the server, whose knowledge base never changes while
 * it runs. Bounded by bytes, least recently used first out, so memory stays flat under any load.
 */
import { LRUCache } from 'lru-cache';

/** Room for several hundred distinct plans (~30 KB each) in a few megabytes. */
export const DEFAULT_PLAN_CACHE_BYTES = 16 * 1024 * 1024;

export interface PlanCache {
  get(body: string): Uint8Array | undefined;
  set(body: string, plan: Uint8Array): void;
}

/** A cache holding at most `maxBytes` of keys and plans together; none at all for 0. */
export function createPlanCache(maxBytes = DEFAULT_PLAN_CACHE_BYTES): PlanCache | undefined {
  if (maxBytes <= 0) return undefined;
  const cache = new LRUCache<string, Uint8Array>({
    maxSize: maxBytes,
    // A JS string may take two bytes per character; count it so keys cannot grow the cache unseen.
    sizeCalculation: (plan, body) => plan.byteLength + body.length * 2,
  });
  return {
    get: (body) => cache.get(body),
    set(body, plan) {
      // An entry larger than the whole cache is not kept (lru-cache would refuse it anyway).
      if (plan.byteLength + body.length * 2 <= maxBytes) cache.set(body, plan);
    },
  };
}
