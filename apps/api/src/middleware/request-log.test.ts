import { describe, expect, it } from "vitest";
import { loggableRequest, REDACTED } from "./request-log";

describe("the request log", () => {
  it.each([
    ["/invitations/inv_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefg", `/invitations/${REDACTED}`],
    [
      "/api/invitations/preview/inv_AbCdEfGhIjKlMnOpQrStUvWxYz01234567",
      `/api/invitations/preview/${REDACTED}`,
    ],
    ["/api/auth/reset-password/Zx8yW7vU6tS5rQ4pO3nM2lK1jI0hG9fE", `/api/auth/reset-password/${REDACTED}`],
  ])("never holds a token in a path: %s", (url, path) => {
    expect(loggableRequest(url).path).toBe(path);
  });

  it("never holds a credential in a query, and keeps the rest", () => {
    expect(loggableRequest("/api/auth/verify-email?token=abc.def&callbackURL=/").query).toBe(
      `token=${REDACTED}&callbackURL=/`,
    );
    expect(loggableRequest("/api/vendors?q=oracle&page=2")).toEqual({
      path: "/api/vendors",
      query: "q=oracle&page=2",
    });
  });

  it("keeps record ids and route names readable", () => {
    const id = "0b7f6a5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b";
    expect(loggableRequest(`/api/invitations/${id}/revoke`).path).toBe(`/api/invitations/${id}/revoke`);
    expect(loggableRequest("/api/auth/two-factor/verify-totp").path).toBe("/api/auth/two-factor/verify-totp");
  });
});
