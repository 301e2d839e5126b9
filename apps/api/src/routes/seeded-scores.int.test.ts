import { randomUUID } from "node:crypto";
import type { ErrorEnvelope, VendorListResponse, VendorScoreResponse } from "@ward/contracts";
import { seedDemo } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "../auth/better-auth";
import { provisionMember } from "../services/accounts";
import { rescoreStaleNow } from "../testing/rescore-now";
import { openTestApp, TEST_PASSWORD, TEST_PUBLIC_URL, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("the seeded portfolio's scores on $name", (database) => {
  let t: TestApp;
  let cookie: string;
  const get = async <T>(path: string) =>
    (await (await t.anonymous.request("GET", path, undefined, { cookie })).json()) as T;

  beforeAll(async () => {
    t = await openTestApp(database);
    t.clock.set("2026-11-27T09:00:00.000Z");
    const slug = `seeded-${randomUUID()}`;
    const { organizationId } = await seedDemo(t.handle.db, {
      now: t.clock.now(),
      organization: { name: `Seeded ${slug}`, slug },
    });
    await rescoreStaleNow(t.handle.db, t.clock, organizationId);
    const log = pino({ level: "silent" });
    const auth = createAuth({
      db: t.handle.db,
      secret: "test-secret-test-secret-test-secret!",
      publicUrl: TEST_PUBLIC_URL,
      clock: t.clock,
      log,
    });
    const email = `board-${randomUUID()}@hospital.test`;
    await provisionMember(
      { db: t.handle.db, auth, clock: t.clock, log },
      { organizationId, email, name: "Board", password: TEST_PASSWORD, role: "viewer", by: "test" },
    );
    const res = await t.signIn(email, TEST_PASSWORD);
    cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  });
  afterAll(() => t.close());

  it("every seeded vendor has an explained score, and the portfolio sorts Oracle Health among the riskiest", async () => {
    const page = await get<VendorListResponse>("/api/vendors?sort=riskScore&order=desc&pageSize=100");
    expect(page.total).toBeGreaterThanOrEqual(10);
    for (const vendor of page.items) {
      const { score } = await get<VendorScoreResponse>(`/api/vendors/${vendor.id}/score`);
      expect(score.asOf).toBe("2026-11-27");
      expect(score.overall.explanation.length).toBeGreaterThan(20);
      expect(vendor.riskScore).toBe(Math.round(score.overall.score));
    }
    const top3 = page.items.slice(0, 3).map((v) => v.name);
    expect(top3).toContain("Oracle Health");
  });

  it("filters the portfolio by risk tier and Unassessed, and their counts add up to the whole portfolio", async () => {
    const all = await get<VendorListResponse>("/api/vendors?pageSize=100");
    let counted = 0;
    for (const tier of ["unassessed", "low", "moderate", "high", "critical"] as const) {
      const page = await get<VendorListResponse>(`/api/vendors?riskTier=${tier}&pageSize=100`);
      expect(page.items.every((v) => v.riskTier === tier)).toBe(true);
      expect(page.total).toBe(all.items.filter((v) => v.riskTier === tier).length);
      expect(all.facets.riskTier[tier]).toBe(page.total);
      counted += page.total;
    }
    expect(counted).toBe(all.total);
    expect(all.facets.riskTier.unscored).toBe(0);
    // Unsorted, the portfolio leads with priority: Act now (level 1) first.
    const levels = all.items.map((v) => v.priorityLevel ?? 0);
    expect(levels.every((level) => level >= 1)).toBe(true);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const risky = await get<VendorListResponse>("/api/vendors?riskTier=high&riskTier=critical&pageSize=100");
    expect(risky.items.map((v) => v.name)).toContain("Oracle Health");
    expect(risky.items.every((v) => v.riskTier === "high" || v.riskTier === "critical")).toBe(true);
  });

  it("refuses a risk tier that does not exist, naming the field", async () => {
    const res = await t.anonymous.request("GET", "/api/vendors?riskTier=severe", undefined, { cookie });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.issues?.map((i) => i.path)).toContain("riskTier");
  });

  it("Oracle Health's breach history cites the disputed discovery date and its source", async () => {
    const page = await get<VendorListResponse>("/api/vendors?q=oracle");
    const { score } = await get<VendorScoreResponse>(`/api/vendors/${page.items[0]?.id}/score`);
    const dwell = score.dimensions.breachHistory.contributions.find((c) =>
      c.explanation.includes("Sources disagree"),
    );
    expect(dwell?.explanation).toContain("7 Mar 2025");
    expect(dwell?.source.url).toMatch(/^https:\/\//);
  });
});
