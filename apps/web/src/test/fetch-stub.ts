import { vi } from "vitest";

export interface StubRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

type Handler = (request: StubRequest) => Response | Promise<Response>;

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** The error envelope the API sends, for tests of how the web shows failures. */
export const errorResponse = (
  status: number,
  code: string,
  message: string,
  issues?: { path: string; message: string }[],
) => json({ error: { code, message, requestId: "req-test", ...(issues ? { issues } : {}) } }, status);

/** An error from the sign-in library as Ward answers it: its envelope, with better-auth's reason kept. */
export const authErrorResponse = (status: number, code: string, reason: string, message: string) =>
  json({ error: { code, message, requestId: "req-test", reason } }, status);

/**
 * Replaces `fetch` so the typed client talks to `handler` instead of a network. Returns the mock to inspect
 * which requests were made. Removed after each test by the setup file.
 */
export function stubFetch(handler: Handler) {
  const mock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), "http://ward.test");
    const text = typeof init?.body === "string" ? init.body : null;
    return handler({
      method: (init?.method ?? "GET").toUpperCase(),
      path: url.pathname,
      search: url.searchParams,
      body: text ? JSON.parse(text) : null,
    });
  });
  vi.stubGlobal("fetch", mock);
  return mock;
}
