/**
 * The raw bytes of a request body, at most a given size, counted while they arrive so a huge body
 * is never buffered whole. Under @hono/node-server the bytes come straight from the Node request:
 * touching `c.req.raw.body` there makes the adapter build a full web `Request` over web streams,
 * which cost more than the rest of the web stack together for a small JSON body. In-process
 * requests (`app.request()` in tests) have no Node request and are read through web streams.
 */
import { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** Thrown when the body grows past the limit; the caller turns it into its own 413. */
export class BodyTooLarge extends Error {
  constructor() {
    super('the request body is too large');
    this.name = 'BodyTooLarge';
  }
}

/** The Node request behind a context, when the app runs under @hono/node-server. */
export function nodeRequest(c: Context): IncomingMessage | undefined {
  const env: unknown = c.env;
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return undefined;
  return env.incoming instanceof IncomingMessage ? env.incoming : undefined;
}

/** The body's bytes, or a BodyTooLarge rejection as soon as more than `maxBytes` have arrived. */
export function readBodyBytes(c: Context, maxBytes: number): Promise<Uint8Array> {
  const incoming = nodeRequest(c);
  return incoming ? readIncoming(incoming, maxBytes) : readWebBody(c.req.raw.body, maxBytes);
}

/**
 * Reads with listeners rather than an async iterator, because breaking out of one destroys the
 * stream and with it the connection; stopping early just leaves the rest for the adapter, which
 * drains unread request bodies once the response is sent.
 */
function readIncoming(incoming: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      incoming.off('data', onData).off('end', onEnd).off('error', onError);
      incoming.pause();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stop();
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    incoming.on('data', onData).once('end', onEnd).once('error', onError);
  });
}

async function readWebBody(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
