import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser";
import { signInBrowser } from "./browser-session";
import { removeDataDir, startWard, type WardServer } from "./ward-server";

describe("portfolio journey", () => {
  let server: WardServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startWard();
    browser = await launchBrowser();
    page = await browser.newPage({ baseURL: server.url });
    page.setDefaultTimeout(15_000);
    await signInBrowser(page, "analyst@demo.ward.test");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  it("opens Oracle Health from the portfolio and sees both discovery dates with their sources", async () => {
    await page.goto("/");
    await page.getByRole("heading", { name: "Vendor portfolio" }).waitFor();
    await page.getByRole("link", { name: "Oracle Health", exact: true }).click();
    await page.getByRole("heading", { name: "Oracle Health" }).first().waitFor();
    const incident = page.getByText("Unauthorized access to legacy Cerner data-migration servers");
    await incident.first().waitFor();
    await expect(page.getByText("Sources disagree").count()).resolves.toBeGreaterThan(0);
    for (const date of ["20 Feb 2025", "7 Mar 2025", "22 Jan 2025"]) {
      await expect(page.getByText(date, { exact: false }).count()).resolves.toBeGreaterThan(0);
    }
    const sourceLink = page
      .getByRole("link", { name: "Oracle Health breach compromises patient data at US hospitals" })
      .first();
    expect(await sourceLink.getAttribute("href")).toMatch(/^https:\/\/www\.bleepingcomputer\.com\//);
    await expect(
      page.getByText("Stolen customer credentials", { exact: false }).count(),
    ).resolves.toBeGreaterThan(0);
  });

  it("charts the portfolio by risk tier and lists only the High and Critical vendors when asked", async () => {
    await page.goto("/");
    const chart = page.getByRole("region", { name: "Vendors by overall risk" });
    await chart.getByText("Critical", { exact: true }).waitFor();

    const risky = await page.request.get("/api/vendors?riskTier=high&riskTier=critical&pageSize=100");
    expect(risky.ok()).toBe(true);
    const { items, total } = (await risky.json()) as { items: { name: string }[]; total: number };
    expect(items.map((v) => v.name)).toContain("Oracle Health");

    await page.goto("/?riskTier=high&riskTier=critical");
    const table = page.getByRole("table", { name: "Vendors in your portfolio" });
    await table.getByRole("link", { name: "Oracle Health", exact: true }).waitFor();
    await page.getByText(`of ${total} vendor`).waitFor();
    expect(await table.locator("tbody tr").count()).toBe(Math.min(total, 25));
  });

  it("adds a vendor and finds it in the list after a reload", async () => {
    await page.goto("/vendors/new");
    await page.getByLabel("Name", { exact: false }).first().fill("Journey Transcription Ltd");
    await page.getByRole("combobox", { name: "Category" }).click();
    await page.getByRole("option", { name: "Transcription" }).click();
    await page.getByRole("button", { name: "Save vendor" }).click();
    await page.getByRole("heading", { name: "Journey Transcription Ltd" }).first().waitFor();

    await page.goto("/?q=Journey");
    await page.reload();
    const row = page.getByRole("link", { name: "Journey Transcription Ltd", exact: true });
    await row.waitFor();
    expect(await row.count()).toBe(1);
  });
});
