import { randomUUID } from "node:crypto";
import type { ListVendorsQuery } from "@ward/contracts";
import {
  createDb,
  type DbHandle,
  deleteOrganization,
  insertOrganization,
  listVendors,
  schema,
  upkeepEmbeddedDatabase,
} from "@ward/db";
import { type BenchSection, machineLine, percentile } from "./report";

const VENDORS = 5_000;
const ROUNDS = 200;

const categories = ["ehr", "clearinghouse", "billing", "cloud", "transcription"] as const;
const criticalities = ["low", "moderate", "high", "critical"] as const;

async function seed(handle: DbHandle, now: Date): Promise<string> {
  const org = await insertOrganization(handle.db, {
    name: `Bench ${randomUUID()}`,
    slug: `bench-${randomUUID()}`,
    createdAt: now,
  });
  for (let start = 0; start < VENDORS; start += 500) {
    const rows = Array.from({ length: 500 }, (_, k) => {
      const i = start + k;
      return {
        organizationId: org.id,
        name: `Vendor ${i.toString().padStart(5, "0")}`,
        aliases: [`Alias ${i}`],
        formerNames: i % 10 === 0 ? [`Former Corp ${i}`] : [],
        category: categories[i % categories.length] as string,
        relationshipStatus: "active",
        criticality: criticalities[i % criticalities.length] as string,
        createdAt: now,
        updatedAt: now,
      };
    });
    await handle.db.insert(schema.vendors).values(rows);
  }
  return org.id;
}

async function time(rounds: number, run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

const base: ListVendorsQuery = { sort: "name", order: "asc", page: 1, pageSize: 25 };

/** Portfolio queries on an organization of 5,000 vendors, on embedded PGlite and (if given) PostgreSQL. */
export async function benchVendorList(databaseUrl: string | undefined): Promise<BenchSection> {
  const now = new Date();
  const targets: [string, () => Promise<DbHandle>][] = [
    ["PGlite (in memory)", () => createDb({ dataDir: "memory://" })],
  ];
  if (databaseUrl) targets.push(["PostgreSQL 127.0.0.1", () => createDb({ databaseUrl, dataDir: "" })]);
  const rows: string[] = [];
  for (const [label, open] of targets) {
    const handle = await open();
    const orgId = await seed(handle, now);
    try {
      // Statistics as a running Ward has them: gathered by autovacuum on PostgreSQL, by Ward's upkeep on PGlite.
      if (handle.kind === "postgres") await handle.executeSql("analyze vendor; analyze incident");
      else await upkeepEmbeddedDatabase(handle.db, { vacuum: false });
      const cases: [string, ListVendorsQuery][] = [
        ["first page by name", base],
        ["search `former corp 12`", { ...base, q: "former corp 12" }],
        [
          "filter critical EHR, by incidents",
          { ...base, category: ["ehr"], criticality: ["critical"], sort: "incidentCount", order: "desc" },
        ],
        ["page 100 by criticality", { ...base, sort: "criticality", page: 100 }],
      ];
      for (const [name, query] of cases) {
        const samples = await time(ROUNDS, () => listVendors(handle.db, orgId, query));
        rows.push(
          `| ${label} | ${name} | ${percentile(samples, 50).toFixed(2)} | ${percentile(samples, 95).toFixed(2)} |`,
        );
      }
    } finally {
      // A PostgreSQL database outlives the run: leave it as it was found, without 5,000 vendors nobody scores.
      await deleteOrganization(handle.db, orgId);
      await handle.close();
    }
  }
  return {
    id: "vendor-list",
    title: "Vendor portfolio queries",
    body: `${machineLine(now)}

\`listVendors\` (the query behind \`GET /api/vendors\`) on one organization with ${VENDORS.toLocaleString("en")} vendors,
${ROUNDS} timed runs per case after one warm-up, in one process, with planner statistics gathered after seeding (autovacuum on
PostgreSQL, Ward's upkeep on PGlite, ADR 22). Milliseconds per query.

| database | case | p50 ms | p95 ms |
|---|---|---|---|
${rows.join("\n")}`,
  };
}
