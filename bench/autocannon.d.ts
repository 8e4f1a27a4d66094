/** The part of autocannon's programmatic API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export interface Histogram {
    average: number;
    min: number;
    max: number;
    p50: number;
    p99: number;
  }

  export interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }

  export interface Client {
    /** Replaces the sequence of requests this connection loops over. */
    setRequests(requests: Request[]): void;
  }

  export interface Options extends Request {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** The sequence each connection loops over. */
    requests?: Request[];
    /** Called once for each connection's client, before it sends anything. */
    setupClient?: (client: Client) => void;
  }

  export interface Result {
    /** Requests per second, sampled once a second. */
    requests: Histogram;
    /** Whole milliseconds, 2xx responses only. */
    latency: Histogram;
    /** Seconds. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
  }

  /** Emits 'response' (client, statusCode, bytes, milliseconds) for every response. */
  export interface Instance extends EventEmitter, PromiseLike<Result> {}

  export default function autocannon(options: Options): Instance;
}
