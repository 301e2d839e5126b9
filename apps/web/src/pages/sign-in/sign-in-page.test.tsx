import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { authErrorResponse, errorResponse, json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";

async function submitPassword(email = "analyst@hospital.test", password = "correct horse battery") {
  await userEvent.type(await screen.findByRole("textbox", { name: /^Email/ }), email);
  await userEvent.type(screen.getByLabelText(/^Password/), password);
  await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("SignInPage", () => {
  it("says only that the email or password is wrong, whichever it was", async () => {
    stubFetch(() =>
      authErrorResponse(401, "UNAUTHORIZED", "INVALID_EMAIL_OR_PASSWORD", "Invalid email or password"),
    );
    renderRoute("/sign-in");

    expect(await screen.findByRole("heading", { name: "Sign in to Ward" })).toBeInTheDocument();
    await submitPassword();

    expect(await screen.findByRole("alert")).toHaveTextContent("Incorrect email or password.");
  });

  it("shows the throttle's wait time after too many failed sign-ins", async () => {
    stubFetch(() => errorResponse(429, "RATE_LIMITED", "Too many failed sign-ins. Try again in 42 seconds."));
    renderRoute("/sign-in");

    await submitPassword();

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Too many failed sign-ins. Try again in 42 seconds.",
    );
  });

  it("asks for the authenticator code when the account has two-factor authentication, then goes to next", async () => {
    const calls: StubRequest[] = [];
    stubFetch(
      signedIn((request) => {
        calls.push(request);
        if (request.path === "/api/auth/sign-in/email")
          return json({ twoFactorRedirect: true, twoFactorMethods: ["totp"] });
        if (request.path === "/api/auth/two-factor/verify-totp") return json({ token: "t", user: {} });
        return json({ items: [], total: 0, page: 1, pageSize: 25 });
      }),
    );
    const { router } = renderRoute("/sign-in?next=%2Faudit");

    await submitPassword();
    const code = await screen.findByRole("textbox", { name: /^Authentication code/ });
    expect(screen.getByRole("button", { name: "Use a backup code instead" })).toBeInTheDocument();
    await userEvent.type(code, "123 456");
    await userEvent.click(screen.getByRole("button", { name: "Verify" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/audit"));
    const verify = calls.find((c) => c.path === "/api/auth/two-factor/verify-totp");
    expect(verify?.body).toEqual({ code: "123456", trustDevice: false });
  });

  it("accepts a backup code instead of the authenticator code", async () => {
    const paths: string[] = [];
    stubFetch((request) => {
      paths.push(request.path);
      if (request.path === "/api/auth/sign-in/email") return json({ twoFactorRedirect: true });
      return authErrorResponse(401, "UNAUTHORIZED", "INVALID_BACKUP_CODE", "Invalid backup code");
    });
    renderRoute("/sign-in");

    await submitPassword();
    await userEvent.click(await screen.findByRole("button", { name: "Use a backup code instead" }));
    await userEvent.type(screen.getByRole("textbox", { name: /^Backup code/ }), "abcde-fghij");
    await userEvent.click(screen.getByRole("button", { name: "Verify" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "That backup code is not right, or it was used already.",
    );
    expect(paths).toContain("/api/auth/two-factor/verify-backup-code");
  });
});
