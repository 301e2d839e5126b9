import type { IncomingMessage, ServerResponse } from "node:http";

type Listener = (request: IncomingMessage, response: ServerResponse) => unknown;

export interface ArrivalOrderOptions {
  /** Requests handled at once; the rest wait their turn. */
  concurrency: number;
  /** Requests that skip the line (health checks, static files): they touch no embedded database. */
  bypass(request: IncomingMessage): boolean;
  /** Told of a listener that failed outside its own error handling (Hono's answers errors itself). */
  onError(error: unknown): void;
}

/**
 * Wraps an HTTP request listener so requests are handled in the order they arrived, at most `concurrency` at once,
 * each started from its own turn of the event loop (ADR 20).
 *
 * Why: on PGlite every statement runs on this thread and resolves without I/O, so under load the server is
 * CPU-bound, and a listener that starts each request where Node reads it serves some connections again and again
 * while others wait for seconds: at 50 connections the portfolio list's median was 210 ms and its p99 4.7 s,
 * though no request spent more than 44 ms inside Ward. A plain Node server doing 6 ms of work per request shows
 * the same (p99 1.1 s, some requests over 2 s). Started from `setImmediate`, one at a time, the work leaves Node's
 * poll phase free to read every connection's request as it comes, and the line is first come, first served.
 */
export function inArrivalOrder(listener: Listener, options: ArrivalOrderOptions): Listener {
  const { concurrency } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`request concurrency must be a whole number from 1, not ${concurrency}`);
  }
  const waiting: (() => Promise<unknown>)[] = [];
  let active = 0;
  let startScheduled = false;

  const startNext = () => {
    if (startScheduled) return;
    startScheduled = true;
    setImmediate(() => {
      startScheduled = false;
      if (active >= concurrency) return;
      const run = waiting.shift();
      if (!run) return;
      active += 1;
      run()
        .catch(options.onError)
        .finally(() => {
          active -= 1;
          startNext();
        });
      // One start per turn: the next waits for the loop to come round, reading sockets on the way.
      if (waiting.length > 0) startNext();
    });
  };

  return (request, response) => {
    if (options.bypass(request)) return listener(request, response);
    waiting.push(async () => {
      // A client that gave up while waiting gets no work done for it.
      if (request.destroyed || response.destroyed) return;
      await listener(request, response);
    });
    startNext();
  };
}
