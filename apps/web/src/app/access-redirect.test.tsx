import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { errorResponse, json, stubFetch } from "../test/fetch-stub";
import { renderRoute } from "../test/render";
import { meAs, signedIn } from "../test/signed-in";
import { safeNextPath } from "./access-redirect";

const emptyPage = {
  items: [],
  total: 0,
  page: 1,
  pageSize: 25,
  facets: {
    riskTier: { low: 0, moderate: 0, high: 0, critical: 0, unscored: 0 },
    criticality: { low: 0, moderate: 0, high: 0, critical: 0 },
  },
};

describe("access redirects", () => {
  it("sends a reader who is not signed in to /sign-in, with the way back", async () => {
    stubFetch(() => errorResponse(401, "UNAUTHORIZED", "Sign in first"));
    const { router } = renderRoute("/audit?action=vendor.update");

    await waitFor(() => expect(router.state.location.pathname).toBe("/sign-in"));
    expect(new URLSearchParams(router.state.location.search).get("next")).toBe("/audit?action=vendor.update");
    expect(await screen.findByRole("heading", { name: "Sign in to Ward" })).toBeInTheDocument();
  });

  it("sends the reader to /sign-in when any query finds the session gone", async () => {
    stubFetch(signedIn(() => errorResponse(401, "UNAUTHORIZED", "Your session has ended")));
    const { router } = renderRoute("/?q=oracle");

    await waitFor(() => expect(router.state.location.pathname).toBe("/sign-in"));
    expect(new URLSearchParams(router.state.location.search).get("next")).toBe("/?q=oracle");
  });

  it("sends the reader to two-factor set-up when a request answers MFA_REQUIRED", async () => {
    let required = false;
    stubFetch((request) => {
      if (request.path === "/api/me") return json(meAs("analyst", { mfaSetupRequired: required }));
      // The organization switched MFA on after this member's `me` was loaded.
      required = true;
      return errorResponse(403, "MFA_REQUIRED", "Set up two-factor authentication first");
    });
    const { router } = renderRoute("/");

    await waitFor(() => expect(router.state.location.pathname).toBe("/account/security"));
    expect(await screen.findByText("Two-factor authentication required")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Set up two-factor authentication" })).toBeInTheDocument();
  });

  it("keeps a member who owes two-factor set-up on the security page", async () => {
    stubFetch(signedIn(() => json(emptyPage), "viewer", { mfaSetupRequired: true }));
    const { router } = renderRoute("/vendors/new");

    await waitFor(() => expect(router.state.location.pathname).toBe("/account/security"));
    expect(screen.queryByRole("link", { name: "Portfolio" })).not.toBeInTheDocument();
  });
});

describe("safeNextPath", () => {
  it.each([
    ["/vendors/1?tab=incidents", "/vendors/1?tab=incidents"],
    [null, "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/sign-in?next=/x", "/"],
  ])("sends %s to %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
