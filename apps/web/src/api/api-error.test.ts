import { describe, expect, it } from "vitest";
import { errorResponse, json, stubFetch } from "../test/fetch-stub";
import { ApiError, describeError, unwrap } from "./api-error";
import { api } from "./client";

const vendorId = "3f0c7f0e-2b1a-4c55-9d0e-1a2b3c4d5e6f";

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe("unwrap", () => {
  it("returns the body of a successful answer", async () => {
    stubFetch(() => json({ items: [] }));
    await expect(unwrap(api.vendors[":id"].products.$get({ param: { id: vendorId } }))).resolves.toEqual({
      items: [],
    });
  });

  it("returns undefined for 204 No Content", async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    await expect(unwrap(api.vendors[":id"].$delete({ param: { id: vendorId } }))).resolves.toBeUndefined();
  });

  it("carries the envelope's code, message, field issues and request id", async () => {
    stubFetch(() =>
      errorResponse(400, "VALIDATION_FAILED", "Some fields are missing or invalid", [
        { path: "sources.0.url", message: "Invalid URL" },
      ]),
    );
    const error = await failureOf(unwrap(api.vendors.$post({ json: { name: "", category: "ehr" } })));
    expect(error.status).toBe(400);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.issues).toEqual([{ path: "sources.0.url", message: "Invalid URL" }]);
    expect(describeError(error)).toBe("Some fields are missing or invalid (request req-test)");
  });

  it("still fails cleanly when a proxy answers without an envelope", async () => {
    stubFetch(() => new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }));
    const error = await failureOf(unwrap(api.vendors.$get({ query: {} })));
    expect(error.status).toBe(502);
    expect(error.message).toBe("The server answered 502 Bad Gateway");
  });

  it("turns an unreachable server into a NETWORK error", async () => {
    stubFetch(() => Promise.reject(new TypeError("Failed to fetch")));
    const error = await failureOf(unwrap(api.vendors.$get({ query: {} })));
    expect(error.code).toBe("NETWORK");
    expect(error.status).toBe(0);
  });
});
