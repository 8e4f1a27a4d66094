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
    /** Called before each send of this request; the request it returns is the one sent. */
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    /** Called with each answer to this request, just before the instance's 'response' event. */
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
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
    /** Seconds a request may wait for its answer before it counts as a timeout (default 10). */
    timeout?: number;
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
