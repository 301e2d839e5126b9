import * as OTPAuth from "otpauth";
import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "./ward-server";

/** Signs in through the sign-in page, answering the TOTP step when the account has two-factor on. */
export async function signInBrowser(
  page: Page,
  email: string,
  options: { password?: string; totpURI?: string } = {},
) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (options.totpURI) {
    const code = page.getByLabel("Authentication code");
    await code.waitFor();
    await code.fill(OTPAuth.URI.parse(options.totpURI).generate());
    await page.getByRole("button", { name: "Verify" }).click();
  }
  await page.getByRole("heading", { name: "Vendor portfolio" }).waitFor();
}
