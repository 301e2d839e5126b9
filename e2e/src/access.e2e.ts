import * as OTPAuth from "otpauth";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInApi } from "./api-session";
import { launchBrowser } from "./browser";
import { signInBrowser } from "./browser-session";
import { DEMO_PASSWORD, removeDataDir, startWard, type WardServer } from "./ward-server";

describe("accounts and access in the browser", () => {
  let server: WardServer;
  let browser: Browser;
  let totpURI: string;

  beforeAll(async () => {
    server = await startWard();
    browser = await launchBrowser();
    // The analyst turns on TOTP first, as a careful analyst would.
    const analyst = await signInApi(server, "analyst@demo.ward.test");
    const enable = await analyst.request("POST", "/api/auth/two-factor/enable", { password: DEMO_PASSWORD });
    totpURI = ((await enable.json()) as { totpURI: string }).totpURI;
    const verify = await analyst.request("POST", "/api/auth/two-factor/verify-totp", {
      code: OTPAuth.URI.parse(totpURI).generate(),
    });
    expect(verify.status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  it("the analyst signs in with TOTP, edits a vendor and finds the change in the audit log", async () => {
    const page = await browser.newPage({ baseURL: server.url });
    page.setDefaultTimeout(15_000);
    await signInBrowser(page, "analyst@demo.ward.test", { totpURI });
    await page.getByRole("link", { name: "NextGen Healthcare", exact: true }).click();
    // The vendor page is its own chunk: until it has loaded, the portfolio is still on screen, and a loose
    // "Edit" would match the MEDITECH link there.
    await page.getByRole("heading", { name: "NextGen Healthcare", exact: true }).waitFor();
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    const description = page.getByLabel("Description");
    await description.fill("Reviewed after the 2023 credential-stuffing incident.");
    await page.getByRole("button", { name: "Save vendor" }).click();
    await page.getByText("Reviewed after the 2023 credential-stuffing incident.").first().waitFor();

    await page.goto("/audit");
    const row = page.getByText("vendor.update").first();
    await row.waitFor();
    await expect(page.getByText("analyst@demo.ward.test", { exact: false }).count()).resolves.toBeGreaterThan(
      0,
    );
    await page.close();
  });

  it("the viewer finds no edit controls", async () => {
    const page = await browser.newPage({ baseURL: server.url });
    page.setDefaultTimeout(15_000);
    await signInBrowser(page, "viewer@demo.ward.test");
    expect(await page.getByRole("link", { name: "Add vendor" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Add vendor" }).count()).toBe(0);
    await page.getByRole("link", { name: "Oracle Health", exact: true }).click();
    await page.getByRole("heading", { name: "Oracle Health" }).first().waitFor();
    for (const name of ["Edit", "Delete", "Add incident", "Add data holding"]) {
      expect(await page.getByRole("link", { name, exact: true }).count(), name).toBe(0);
      expect(await page.getByRole("button", { name, exact: true }).count(), name).toBe(0);
    }
    await page.close();
  });

  it("signed out, the app sends people to the sign-in page", async () => {
    const page = await browser.newPage({ baseURL: server.url });
    await page.goto("/vendors/new");
    await page.getByRole("heading", { name: "Sign in to Ward" }).waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.close();
  });
});
