import type { VendorDto, VendorListResponse, VendorSummaryDto } from "@ward/contracts";
import { insertVendor, schema } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { checkVendorScoreAgeing } from "../services/score-ageing";
import { addMonths } from "../services/vendors";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("the portfolio as a board reads it on $name", (database) => {
  let t: TestApp;
  beforeEach(async () => {
    await t?.close();
    t = await openTestApp(database);
  });
  afterAll(() => t.close());

  const create = async (body: Record<string, unknown>) =>
    (await (await t.request("POST", "/api/vendors", { category: "ehr", ...body })).json()) as VendorDto;
  const list = async (query = "") =>
    (await (await t.request("GET", `/api/vendors${query}`)).json()) as VendorListResponse;
  const row = async (id: string) =>
    (await list("?pageSize=100")).items.find((v) => v.id === id) as VendorSummaryDto;
  /** A legacy archive nobody has vouched for: unknown encryption and reach raise the vendor's risk. */
  const addArchive = async (vendorId: string) =>
    expect(
      (
        await t.request("POST", `/api/vendors/${vendorId}/data-holdings`, {
          system: "Legacy archive",
          environment: "archive",
          recordCount: 2_000_000,
          phiCategories: ["name", "ssn"],
        })
      ).status,
    ).toBe(201);
  const cadence = async (id: string) => {
    const [v] = await t.handle.db
      .select({ months: schema.vendors.reassessmentMonths })
      .from(schema.vendors)
      .where(eq(schema.vendors.id, id));
    return v?.months ?? 0;
  };

  it("the list without parameters puts the riskiest vendor first", async () => {
    await create({ name: "Quiet Tool", criticality: "low" });
    const risky = await create({ name: "Core EHR", criticality: "critical" });
    await addArchive(risky.id);
    const page = await list();
    const scores = page.items.map((v) => v.riskScore ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(page.items[0]?.name).toBe("Core EHR");
    // An explicit sort keeps working, and by name reads A to Z unless asked otherwise.
    expect((await list("?sort=name")).items.map((v) => v.name)).toEqual(["Core EHR", "Quiet Tool"]);
    expect((await list("?sort=riskScore&order=asc")).items[0]?.name).toBe("Quiet Tool");
  });

  it("a change is an assessment: it dates the vendor, sets the due date from the cadence and shows the trend", async () => {
    t.clock.set("2026-01-15T12:00:00.000Z");
    const vendor = await create({ name: "Oracle Health", criticality: "moderate" });
    const first = await row(vendor.id);
    expect(first).toMatchObject({ riskTrend: null, lastAssessedAt: "2026-01-15T12:00:00.000Z" });
    const months = await cadence(vendor.id);
    expect([6, 12, 24, 36]).toContain(months);
    expect(first.reassessmentDueOn).toBe(addMonths(new Date("2026-01-15T12:00:00.000Z"), months));
    expect(first.reassessmentOverdue).toBe(false);

    t.clock.set("2026-02-01T09:00:00.000Z");
    await addArchive(vendor.id);
    const second = await row(vendor.id);
    expect(second.lastAssessedAt).toBe("2026-02-01T09:00:00.000Z");
    expect(second.riskTrend).toBe((second.riskScore ?? 0) - (first.riskScore ?? 0));
    expect(second.riskTrend).toBeGreaterThan(0);
  });

  it("a vendor past its due date is overdue, and rescoring as time passes is not an assessment", async () => {
    t.clock.set("2026-01-15T12:00:00.000Z");
    const vendor = await create({ name: "Legacy Archive", criticality: "high" });
    const due = (await row(vendor.id)).reassessmentDueOn ?? "";
    t.clock.set(`${due}T12:00:00.000Z`);
    expect((await row(vendor.id)).reassessmentOverdue).toBe(false);
    t.clock.set("2030-01-01T00:00:00.000Z");
    await t.handle.db.transaction((tx) =>
      checkVendorScoreAgeing(tx, { org: { id: t.organizationId }, clock: t.clock }, vendor.id),
    );
    const later = await row(vendor.id);
    expect(later.lastAssessedAt).toBe("2026-01-15T12:00:00.000Z");
    expect(later.reassessmentOverdue).toBe(true);
  });

  it("a vendor first scored by rescoring (seeded records) counts as assessed then, and later rescoring does not move it", async () => {
    t.clock.set("2026-03-01T08:00:00.000Z");
    const now = t.clock.now();
    const seeded = await insertVendor(t.handle.db, {
      organizationId: t.organizationId,
      name: "Seeded Vendor",
      category: "ehr",
      relationshipStatus: "active",
      criticality: "high",
      createdAt: now,
      updatedAt: now,
    });
    const age = () =>
      t.handle.db.transaction((tx) =>
        checkVendorScoreAgeing(tx, { org: { id: t.organizationId }, clock: t.clock }, seeded.id),
      );
    await age();
    expect((await row(seeded.id)).lastAssessedAt).toBe("2026-03-01T08:00:00.000Z");
    t.clock.set("2026-09-01T08:00:00.000Z");
    await age();
    expect((await row(seeded.id)).lastAssessedAt).toBe("2026-03-01T08:00:00.000Z");
  });

  it("a bad sort or order is refused with the field named", async () => {
    const res = await t.request("GET", "/api/vendors?order=sideways");
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("order");
  });
});

describe("addMonths", () => {
  it.each([
    ["2026-01-15T12:00:00.000Z", 6, "2026-07-15"],
    ["2026-08-31T00:00:00.000Z", 6, "2027-02-28"],
    ["2027-12-01T00:00:00.000Z", 36, "2030-12-01"],
  ])("%s plus %d months is %s", (from, months, day) => {
    expect(addMonths(new Date(from), months)).toBe(day);
  });
});
