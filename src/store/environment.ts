/** The real outside world a store uses when none is injected. */
import { randomUUID } from 'node:crypto';
import type { StoreEnvironment } from './types.js';

/** The system clock and random UUIDs. */
export const systemEnvironment: StoreEnvironment = {
  now: () => new Date(),
  newId: () => randomUUID(),
};
