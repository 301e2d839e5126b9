import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsBefore, migrationsFolder } from "./testing/migrations-before";

let work: string;
let client: PGlite;

async function rows<T>(query: string): Promise<T[]> {
  return (await client.query<T>(query)).rows;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ward-migration-0014-"));
  client = await PGlite.create("memory://", { extensions: { pg_trgm } });
  const db = drizzle(client);
  await migrate(db, { migrationsFolder: await migrationsBefore(work, "0014_scoring_v2_facts") });
  await client.exec(`
    INSERT INTO organization (id, name, slug, created_at)
      VALUES ('00000000-0000-4000-8000-000000000001', 'Old hospital', 'old-hospital', now());
    INSERT INTO vendor (id, organization_id, created_at, updated_at, name, category, relationship_status, criticality)
      VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', now(), now(),
              'Old vendor', 'ehr', 'active', 'high');
    INSERT INTO incident (organization_id, created_at, updated_at, vendor_id, title, attack_vector, mfa_at_entry,
                          legacy_system_involved)
      SELECT '00000000-0000-4000-8000-000000000001', now(), now(), '00000000-0000-4000-8000-000000000002', v, v,
             'unknown', 'unknown'
      FROM unnest(ARRAY['ransomware', 'stolen_credentials', 'unknown']) AS v;
    INSERT INTO evidence (organization_id, created_at, updated_at, vendor_id, factor, value, statement, observed_on,
                          origin)
      SELECT '00000000-0000-4000-8000-000000000001', now(), now(), '00000000-0000-4000-8000-000000000002',
             'mfa.remote_access', 'true'::jsonb, o, '2025-01-01', o
      FROM unnest(ARRAY['analyst', 'vendor_attestation', 'public_record', 'breach_import']) AS o;
    INSERT INTO data_holding (organization_id, created_at, updated_at, vendor_id, system, environment,
                              encrypted_at_rest, reachable_with_customer_credentials, migration_status, destroyed_on,
                              destruction_evidence)
      VALUES ('00000000-0000-4000-8000-000000000001', now(), now(), '00000000-0000-4000-8000-000000000002',
              'destroyed', 'legacy', 'unknown', 'unknown', 'complete', '2024-05-01', 'Vendor email'),
             ('00000000-0000-4000-8000-000000000001', now(), now(), '00000000-0000-4000-8000-000000000002',
              'still held', 'legacy', 'unknown', 'unknown', 'not_started', null, null);
  `);
  await migrate(db, { migrationsFolder });
}, 120_000);

afterAll(async () => {
  await client?.close();
  await rm(work, { recursive: true, force: true });
});

describe("migration 0014, scoring v2 facts, on a database with data", () => {
  it("turns a ransomware entry into an unknown way in with the extortion kept", async () => {
    const incidents = await rows<{ title: string; entry_route: string; encrypted_for_extortion: string }>(
      "SELECT title, entry_route, encrypted_for_extortion FROM incident ORDER BY title",
    );
    expect(incidents).toEqual([
      { title: "ransomware", entry_route: "unknown", encrypted_for_extortion: "yes" },
      { title: "stolen_credentials", entry_route: "stolen_credentials", encrypted_for_extortion: "unknown" },
      { title: "unknown", entry_route: "unknown", encrypted_for_extortion: "unknown" },
    ]);
  });

  it("leaves what an old incident never said unknown", async () => {
    const [row] = await rows<Record<string, unknown>>(
      "SELECT data_taken, service_outage, outage_days, services_stopped FROM incident WHERE title = 'unknown'",
    );
    expect(row).toEqual({
      data_taken: "unknown",
      service_outage: "unknown",
      outage_days: null,
      services_stopped: [],
    });
  });

  it("gives old evidence the assurance its origin can vouch for, and no document", async () => {
    const evidence = await rows<{ origin: string; assurance: string; document: string | null }>(
      "SELECT origin, assurance, document FROM evidence ORDER BY origin",
    );
    expect(evidence).toEqual([
      { origin: "analyst", assurance: "self_attested", document: null },
      { origin: "breach_import", assurance: "public_record", document: null },
      { origin: "public_record", assurance: "public_record", document: null },
      { origin: "vendor_attestation", assurance: "self_attested", document: null },
    ]);
  });

  it("keeps a destruction recorded in free text as the vendor's statement, not as proof", async () => {
    const holdings = await rows<{ system: string; destruction_assurance: string | null }>(
      "SELECT system, destruction_assurance FROM data_holding ORDER BY system",
    );
    expect(holdings).toEqual([
      { system: "destroyed", destruction_assurance: "self_attested" },
      { system: "still held", destruction_assurance: null },
    ]);
  });
});
