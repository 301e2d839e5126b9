import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsBefore, migrationsFolder } from "./testing/migrations-before";

const ORG = "00000000-0000-4000-8000-000000000001";
let work: string;
let client: PGlite;

const v2Result = (state: string, tier: string, rank: number) =>
  JSON.stringify({
    methodologyVersion: "2026.2",
    overall: { tier, state, range: { low: 20.5, high: 81.25 } },
    priority: { level: 2, inherentTier: "high", rank },
  });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ward-migration-0015-"));
  client = await PGlite.create("memory://", { extensions: { pg_trgm } });
  const db = drizzle(client);
  await migrate(db, { migrationsFolder: await migrationsBefore(work, "0015_v2_portfolio_priority") });
  const vendor = (n: number, name: string, tier: string, methodology: string) => `
    INSERT INTO vendor (id, organization_id, created_at, updated_at, name, category, relationship_status,
                        criticality, risk_score, risk_tier, risk_methodology)
      VALUES ('00000000-0000-4000-8000-00000000001${n}', '${ORG}', now(), now(), '${name}', 'ehr', 'active',
              'high', 50, '${tier}', '${methodology}');`;
  const snapshot = (n: number, methodology: string, result: string) => `
    INSERT INTO score_snapshot (organization_id, vendor_id, methodology_version, as_of, overall_score, overall_tier,
                                legacy_data_exposure_score, credential_hygiene_score, breach_history_score,
                                confidence, inputs_hash, result, reason, created_at)
      VALUES ('${ORG}', '00000000-0000-4000-8000-00000000001${n}', '${methodology}', '2026-01-01', 50, 'moderate',
              50, 50, 50, 0.5, 'hash', '${result}'::jsonb, 'vendor.create', now());`;
  await client.exec(`
    INSERT INTO organization (id, name, slug, created_at) VALUES ('${ORG}', 'Old hospital', 'old-hospital', now());
    ${vendor(1, "Scored under v1", "moderate", "2026.1")}
    ${snapshot(1, "2026.1", JSON.stringify({ methodologyVersion: "2026.1", overall: { tier: "moderate" } }))}
    ${vendor(2, "Unassessed under v2", "moderate", "2026.2")}
    ${snapshot(2, "2026.1", JSON.stringify({ methodologyVersion: "2026.1", overall: { tier: "low" } }))}
    ${snapshot(2, "2026.2", v2Result("unassessed", "moderate", 2_500_700))}
    ${vendor(3, "Assessed under v2", "moderate", "2026.2")}
    ${snapshot(3, "2026.2", v2Result("assessed", "moderate", 2_400_600))}
  `);
  await migrate(db, { migrationsFolder });
});
afterAll(async () => {
  await client.close();
  await rm(work, { recursive: true, force: true });
});

describe("migration 0015 (the portfolio's priority columns)", () => {
  it("fills priority, inherent tier and range from each vendor's newest v2 snapshot, and marks Unassessed", async () => {
    const { rows } = await client.query<Record<string, unknown>>(
      `SELECT name, risk_tier, priority_rank, priority_level, inherent_tier, risk_range_low, risk_range_high
       FROM vendor ORDER BY name`,
    );
    expect(rows).toEqual([
      {
        name: "Assessed under v2",
        risk_tier: "moderate",
        priority_rank: 2_400_600,
        priority_level: 2,
        inherent_tier: "high",
        risk_range_low: 20.5,
        risk_range_high: 81.25,
      },
      {
        name: "Scored under v1",
        risk_tier: "moderate",
        priority_rank: null,
        priority_level: null,
        inherent_tier: null,
        risk_range_low: null,
        risk_range_high: null,
      },
      {
        name: "Unassessed under v2",
        risk_tier: "unassessed",
        priority_rank: 2_500_700,
        priority_level: 2,
        inherent_tier: "high",
        risk_range_low: 20.5,
        risk_range_high: 81.25,
      },
    ]);
  });

  it("moves the facet counts with the tier it changed", async () => {
    const { rows } = await client.query<{ risk_tier: string; vendors: number }>(
      `SELECT risk_tier, vendors FROM vendor_facet_count WHERE vendors <> 0 ORDER BY risk_tier`,
    );
    expect(rows).toEqual([
      { risk_tier: "moderate", vendors: 2 },
      { risk_tier: "unassessed", vendors: 1 },
    ]);
  });
});
