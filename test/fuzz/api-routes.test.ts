/**
 * Every operation the OpenAPI document lists, fuzzed with random hostile requests
 * (api-requests.ts), each in a world as it was seeded, against the property in api-property.ts: never a 5xx
 * or a stack trace, refusals in the error shape naming the field and changing nothing, successes
 * only for valid bodies and changing only what the route says. FUZZ_RUNS sets the runs per
 * operation (default 30; GET operations get half).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from './api-operations.js';
import { checkOnWorld, documentedOperations } from './api-property.js';
import { requestArbitrary } from './api-requests.js';
import { type Fixtures, idsForPath, openWorld, type World } from './api-world.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

/** The world requests go to, the operations and the real ids (the same in every world). */
let world: World;
let operations: Operation[] = [];
let fixtures: Fixtures;
beforeAll(async () => {
  world = await openWorld();
  operations = await documentedOperations(world);
  fixtures = world.fixtures;
});
afterAll(() => world.close());

describe('every documented API operation, fuzzed', () => {
  it('finds the operations in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(15);
    expect(operations.map((o) => o.key)).toContain('POST /advice');
  });

  it('answers every hostile request safely, and only valid ones with a success', async () => {
    for (const operation of operations) {
      const requests = requestArbitrary(operation, idsForPath(fixtures, operation.path));
      await fc.assert(
        fc.asyncProperty(requests, async (generated) => {
          // The same world serves until a request changes it: an unchanged world is a fresh one.
          if ((await checkOnWorld(world, operation, generated)).changed) {
            await world.close();
            world = await openWorld();
          }
        }),
        { numRuns: operation.method === 'GET' ? Math.ceil(RUNS / 2) : RUNS },
      );
    }
  }, 120_000);
});
