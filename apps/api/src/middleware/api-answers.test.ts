import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { limitRequestBody, noStore } from "./api-answers";

describe("no-store on API answers", () => {
  it("marks the handler's own answer instead of rebuilding it around its body", async () => {
    let answered: Response | undefined;
    const app = new Hono().use(noStore).get("/", (c) => {
      answered = c.json({ ok: true });
      return answered;
    });
    const res = await app.request("/");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ ok: true });
    // Rebuilt, the answer would be a new Response whose body is a stream over the old one's.
    expect(res).toBe(answered);
  });

  it("still marks an answer whose headers cannot change", async () => {
    const app = new Hono()
      .use(noStore)
      .get("/", () => Response.redirect("http://ward.invalid/elsewhere", 302));
    const res = await app.request("/");
    expect(res.status).toBe(302);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});

describe("the request body limit", () => {
  const app = new Hono()
    .use(limitRequestBody(16, (c) => c.json({ error: "too large" }, 413)))
    .all("/", async (c) => c.text(c.req.method === "GET" ? "read" : await c.req.text()));

  it.each(["POST", "PATCH", "PUT", "DELETE"])("refuses a %s body over the limit", async (method) => {
    const res = await app.request("/", { method, body: "x".repeat(17) });
    expect(res.status).toBe(413);
  });

  it("lets a body within the limit through", async () => {
    const res = await app.request("/", { method: "POST", body: "x".repeat(16) });
    expect(await res.text()).toBe("x".repeat(16));
  });

  it("does not look for a body on a GET", async () => {
    const res = await app.request("/", { method: "GET" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("read");
  });
});
