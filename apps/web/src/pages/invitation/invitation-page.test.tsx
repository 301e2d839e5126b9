import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { errorResponse, json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { renderRoute } from "../../test/render";
import { meAs } from "../../test/signed-in";

const token = "tok_abcdefghijklmnopqrstuvwxyz0123456789";
const preview = { organizationName: "General Hospital", email: "new@hospital.test", role: "analyst" };

describe("InvitationPage", () => {
  it("explains a link that no longer works", async () => {
    stubFetch(() => errorResponse(404, "NOT_FOUND", "Invitation not found"));
    renderRoute(`/invitations/${token}`);

    expect(
      await screen.findByRole("heading", { name: "This invitation link does not work" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/expired, been revoked, or been used already/)).toBeInTheDocument();
  });

  it("creates the account, accepts the invitation and opens Ward", async () => {
    const calls: StubRequest[] = [];
    stubFetch((request) => {
      calls.push(request);
      if (request.path === "/api/invitations/preview") return json({ ...preview, accountExists: false });
      if (request.path === "/api/invitations/sign-up")
        return json({ organizationId: "o", role: "analyst" }, 201);
      if (request.path === "/api/me") return json(meAs("analyst"));
      return json({ items: [], total: 0, page: 1, pageSize: 25 });
    });
    const { router } = renderRoute(`/invitations/${token}`);

    expect(await screen.findByRole("heading", { name: "Join General Hospital on Ward" })).toBeInTheDocument();
    await userEvent.type(screen.getByRole("textbox", { name: /^Name/ }), "Nina New");
    await userEvent.type(screen.getByLabelText(/^Password/), "short");
    await userEvent.click(screen.getByRole("button", { name: "Create account and join" }));
    expect(await screen.findByText("Use at least 12 characters")).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/^Password/), " but now long enough");
    await userEvent.type(screen.getByLabelText(/^Confirm password/), "short but now long enough");
    await userEvent.click(screen.getByRole("button", { name: "Create account and join" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/"));
    expect(calls.find((c) => c.path === "/api/invitations/sign-up")?.body).toEqual({
      token,
      name: "Nina New",
      password: "short but now long enough",
    });
    // The sign-up made the membership already; nothing else was asked of better-auth or the accept route.
    expect(calls.some((c) => c.path.startsWith("/api/auth/") || c.path === "/api/invitations/accept")).toBe(
      false,
    );
    // The token never travels in a URL.
    expect(calls.every((c) => !c.path.includes(token) && !c.search.toString().includes(token))).toBe(true);
    expect(calls.find((c) => c.path === "/api/invitations/preview")).toMatchObject({
      method: "POST",
      body: { token },
    });
  });

  it("asks an existing account to sign in with the invited address", async () => {
    stubFetch(() => json({ ...preview, accountExists: true }));
    renderRoute(`/invitations/${token}`);

    const email = await screen.findByRole("textbox", { name: /^Email/ });
    expect(email).toHaveValue("new@hospital.test");
    expect(email).toHaveAttribute("readonly");
    expect(screen.getByRole("button", { name: "Sign in" })).toBeInTheDocument();
  });
});
