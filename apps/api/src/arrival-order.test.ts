import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { inArrivalOrder } from "./arrival-order";

/** A listener whose requests wait for the test to let them finish, recording when each starts. */
function gated() {
  const started: string[] = [];
  const gates = new Map<string, () => void>();
  const listener = async (request: IncomingMessage) => {
    const name = request.url ?? "";
    started.push(name);
    if (name === "/fails") throw new Error("handler failed");
    await new Promise<void>((resolve) => gates.set(name, resolve));
  };
  const request = (url: string, destroyed = false) =>
    [{ url, destroyed } as IncomingMessage, { destroyed: false } as ServerResponse] as const;
  const turns = () => new Promise((r) => setTimeout(r, 10));
  return { listener, started, open: (name: string) => gates.get(name)?.(), request, turns };
}

describe("requests in arrival order", () => {
  it("starts at most its concurrency at once, the rest first come first served", async () => {
    const { listener, started, open, request, turns } = gated();
    const handle = inArrivalOrder(listener, { concurrency: 2, bypass: () => false, onError: () => {} });
    for (const url of ["/a", "/b", "/c", "/d"]) handle(...request(url));
    await turns();
    expect(started).toEqual(["/a", "/b"]);
    open("/b");
    await turns();
    expect(started).toEqual(["/a", "/b", "/c"]);
    open("/a");
    await turns();
    expect(started).toEqual(["/a", "/b", "/c", "/d"]);
  });

  it("starts a request in a later turn of the event loop, never where it was read", async () => {
    const { listener, started, request, turns } = gated();
    const handle = inArrivalOrder(listener, { concurrency: 4, bypass: () => false, onError: () => {} });
    handle(...request("/first"));
    handle(...request("/second"));
    expect(started).toEqual([]);
    await new Promise((r) => setImmediate(r));
    // One start per turn, so sockets are read between them.
    expect(started).toEqual(["/first"]);
    await turns();
    expect(started).toEqual(["/first", "/second"]);
  });

  it("lets bypassing requests through at once, frees the slot of a failed request, skips a closed one", async () => {
    const { listener, started, request, turns } = gated();
    const errors: unknown[] = [];
    const handle = inArrivalOrder(listener, {
      concurrency: 1,
      bypass: (r) => r.url === "/api/health",
      onError: (error) => errors.push(error),
    });
    handle(...request("/fails"));
    handle(...request("/gone", true));
    handle(...request("/after"));
    handle(...request("/api/health"));
    expect(started).toEqual(["/api/health"]);
    await turns();
    expect(started).toEqual(["/api/health", "/fails", "/after"]);
    expect(errors).toEqual([new Error("handler failed")]);
  });

  it("refuses a concurrency that is not a whole number from 1", () => {
    expect(() =>
      inArrivalOrder(() => {}, { concurrency: 0, bypass: () => false, onError: () => {} }),
    ).toThrow(/from 1/);
  });
});
