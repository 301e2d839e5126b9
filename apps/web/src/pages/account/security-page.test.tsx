import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { renderRoute } from "../../test/render";
import { meAs } from "../../test/signed-in";

const totpURI = "otpauth://totp/Ward:analyst%40hospital.test?secret=JBSWY3DPEHPK3PXP&issuer=Ward";

describe("SecurityPage", () => {
  it("links an authenticator app with a QR code, the typed key and backup codes, then confirms with a code", async () => {
    let enabled = false;
    const calls: StubRequest[] = [];
    stubFetch((request) => {
      calls.push(request);
      if (request.path === "/api/me")
        return json(meAs("analyst", { user: { ...meAs("analyst").user, twoFactorEnabled: enabled } }));
      if (request.path === "/api/auth/two-factor/enable") {
        return json({ method: "totp", totpURI, backupCodes: ["aaaa-1111", "bbbb-2222"] });
      }
      if (request.path === "/api/auth/two-factor/verify-totp") {
        enabled = true;
        return json({ token: "t", user: {} });
      }
      return json({});
    });
    renderRoute("/account/security");

    await userEvent.type(await screen.findByLabelText(/^Password/), "my long password");
    await userEvent.click(screen.getByRole("button", { name: "Set up two-factor authentication" }));

    expect(await screen.findByTitle("QR code for your authenticator app")).toBeInTheDocument();
    expect(screen.getByText("JBSWY3DPEHPK3PXP")).toBeInTheDocument();
    expect(screen.getByText("aaaa-1111")).toBeInTheDocument();

    await userEvent.type(screen.getByRole("textbox", { name: /^Authentication code/ }), "123456");
    await userEvent.click(screen.getByRole("button", { name: "Turn on two-factor authentication" }));

    await waitFor(() => expect(screen.getByText("On")).toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Turn off two-factor authentication" })).toBeInTheDocument();
    expect(calls.find((c) => c.path === "/api/auth/two-factor/enable")?.body).toEqual({
      password: "my long password",
    });
  });
});
