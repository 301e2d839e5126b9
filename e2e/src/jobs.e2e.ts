import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser";
import { signInBrowser } from "./browser-session";
import { removeDataDir, startWard, type WardServer } from "./ward-server";

describe("the admin jobs page", () => {
  let server: WardServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startWard();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  it("shows the last run of the start-up rescoring of the demo portfolio, and the daily schedule", async () => {
    const page = await browser.newPage({ baseURL: server.url });
    await signInBrowser(page, "admin@demo.ward.test");
    await page.getByRole("link", { name: "Jobs" }).click();
    const row = page
      .getByRole("table", { name: "Background jobs" })
      .getByRole("row", { name: /Rescore vendors/ });
    // The page refreshes itself every few seconds; the seeded vendors are rescored just after start.
    await expect
      .poll(async () => row.getByRole("cell").nth(1).textContent(), { timeout: 30_000 })
      .not.toBe("Not yet");
    const daily = page.getByRole("row", { name: /Daily rescoring/ });
    expect(await daily.textContent()).toContain("Cron 0 3 * * * (UTC)");
    await expect
      .poll(() => page.getByText(/of \d+ vendors scored with the current methodology/).textContent())
      .toMatch(/^(\d+) of \1 vendors/);
  });
});
