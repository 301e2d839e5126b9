import type { ListVendorsQuery } from "@ward/contracts";
import {
  countVendorsByTierAndCriticality,
  createDb,
  type DbHandle,
  deleteOrganization,
  upkeepEmbeddedDatabase,
  vendorListStatements,
} from "@ward/db";
import { seedGeneratedPortfolio } from "@ward/db/generated-portfolio";
import { vendorListStatementsAsBefore } from "@ward/db/vendor-list-as-before";
import { type BenchSection, machineLine } from "./report";

const VENDORS = 5_000;
const ROUNDS = 40;

interface Statement {
  toSQL(): { sql: string; params: unknown[] };
}

/** Milliseconds the database itself spent executing a statement, from EXPLAIN ANALYZE (no network, no driver). */
async function executionMs(handle: DbHandle, statement: Statement): Promise<number> {
  const { sql, params } = statement.toSQL();
  const { rows } = await handle.executeSql(`explain (analyze, format json) ${sql}`, params);
  const plan = (rows[0] as Record<string, unknown>)["QUERY PLAN"];
  const parsed = (typeof plan === "string" ? JSON.parse(plan) : plan) as { "Execution Time": number }[];
  return parsed[0]?.["Execution Time"] ?? Number.NaN;
}

/** Median and range of `rounds` runs after one warm-up. */
async function sample(rounds: number, run: () => Promise<number>): Promise<string> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) samples.push(await run());
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] as number;
  return `${median.toFixed(2)} (${(samples[0] as number).toFixed(2)}–${(samples.at(-1) as number).toFixed(2)})`;
}

const base: ListVendorsQuery = { sort: "name", order: "asc", page: 1, pageSize: 25 };
const cases: [string, ListVendorsQuery][] = [
  ["search a name `medcore`", { ...base, q: "medcore" }],
  ["search an alias `vitapath`", { ...base, q: "vitapath" }],
  ["search a former name `former nova`", { ...base, q: "former nova" }],
  ["search matching nothing", { ...base, q: "zzzz-no-such-vendor" }],
  ["search two letters `xi`", { ...base, q: "xi" }],
  ["by risk, riskiest first", { ...base, sort: "riskScore", order: "desc" }],
  ["by incidents, most first", { ...base, sort: "incidentCount", order: "desc" }],
];

/**
 * Search and sorting on a generated portfolio of 5,000 vendors, before (the old statements, kept as the
 * equivalence test's reference) and after the trigram index, as database execution time of page plus count.
 */
export async function benchVendorSearch(databaseUrl: string | undefined): Promise<BenchSection> {
  const now = new Date();
  const targets: [string, () => Promise<DbHandle>][] = [
    ["PGlite (in memory)", () => createDb({ dataDir: "memory://" })],
  ];
  if (databaseUrl) targets.push(["PostgreSQL 127.0.0.1", () => createDb({ databaseUrl, dataDir: "" })]);
  const rows: string[] = [];
  for (const [label, open] of targets) {
    const handle = await open();
    const orgId = await seedGeneratedPortfolio(handle.db, VENDORS);
    try {
      // Statistics as a running Ward has them: gathered by autovacuum on PostgreSQL, by Ward's upkeep on PGlite.
      if (handle.kind === "postgres") await handle.executeSql("analyze vendor; analyze incident");
      else await upkeepEmbeddedDatabase(handle.db, { vacuum: false });
      for (const [name, query] of cases) {
        // A search counts inside its page statement (see vendorListStatements); the cases here are first pages.
        const timed =
          (statements: { page: Statement; count: Statement; countInPage?: boolean }) => async () =>
            (await executionMs(handle, statements.page)) +
            (statements.countInPage ? 0 : await executionMs(handle, statements.count));
        const before = await sample(ROUNDS, timed(vendorListStatementsAsBefore(handle.db, orgId, query)));
        const after = await sample(ROUNDS, timed(vendorListStatements(handle.db, orgId, query)));
        rows.push(`| ${label} | ${name} | ${before} | ${after} |`);
      }
      const facets = await sample(ROUNDS, async () => {
        const started = performance.now();
        await countVendorsByTierAndCriticality(handle.db, orgId);
        return performance.now() - started;
      });
      rows.push(`| ${label} | facets (whole statement, round trip) | – | ${facets} |`);
    } finally {
      await deleteOrganization(handle.db, orgId);
      await handle.close();
    }
  }
  return {
    id: "vendor-search",
    title: "Vendor search and sorting",
    body: `${machineLine(now)}

The list's page and count statements on one organization with ${VENDORS.toLocaleString("en")} generated vendors
(\`seedGeneratedPortfolio\`, 0 to 4 incidents each), timed as the database's own execution time from
\`EXPLAIN ANALYZE\` (page plus count; after the index a search counts inside its page statement), ${ROUNDS} runs after one warm-up. "Before" runs the statements as they
were before the trigram index (kept in \`@ward/db/vendor-list-as-before\`); "after" runs \`listVendors\`'s.
Planner statistics are gathered after seeding, as autovacuum does on PostgreSQL and Ward's upkeep on PGlite
(ADR 22). Milliseconds, median (range). The facets row is a round trip from Node, not database time.

| database | case | before ms | after ms |
|---|---|---|---|
${rows.join("\n")}`,
  };
}
