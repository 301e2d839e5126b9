import type { ListVendorsQuery } from "@ward/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { seedGeneratedPortfolio } from "../testing/generated-portfolio";
import { testDatabases } from "../testing/test-databases";
import { listVendorIdsAsBefore } from "../testing/vendor-list-as-before";
import { deleteOrganization } from "./organizations";

import { listVendors } from "./vendors";

/*
 * Why a reference implementation rather than a fixture of recorded ids: the expected order depends on the
 * database's collation (`lower(name)` under PGlite's C locale and a server's own locale differ), and row ids are
 * assigned at insert, so recorded ids could not be replayed on another database. The old query, kept beside the
 * test, gives today's answer on whichever database the test runs on.
 */
const base: ListVendorsQuery = { sort: "name", order: "asc", page: 1, pageSize: 25 };
const sorts = ["name", "criticality", "updatedAt", "incidentCount", "riskScore", "priority"] as const;

const cases: [string, Partial<ListVendorsQuery>][] = [
  ["the first page by name", {}],
  ...sorts.flatMap((sort): [string, Partial<ListVendorsQuery>][] => [
    [`sorted by ${sort}, ascending, page 3`, { sort, order: "asc", page: 3 }],
    [`sorted by ${sort}, descending, 100 a page`, { sort, order: "desc", pageSize: 100 }],
  ]),
  ["a name fragment", { q: "medcore" }],
  ["the same fragment in another case", { q: "MEDcORE" }],
  [
    "a name fragment, by risk, riskiest first",
    { q: "care", sort: "riskScore", order: "desc", pageSize: 100 },
  ],
  ["an alias only (aliases are upper case)", { q: "vitapath" }],
  ["a former name only", { q: "former nova" }],
  ["a former name's number", { q: "bridge 4" }],
  ["a percent sign, literally", { q: "50%" }],
  ["an underscore, literally", { q: "under_" }],
  ["an underscore that must not act as a wildcard", { q: "medXcore" }],
  ["a backslash", { q: "back\\slash" }],
  ["an accented name in other case", { q: "éclair" }],
  ["an apostrophe", { q: "o'brien" }],
  ["two letters, too short for a trigram", { q: "xi" }],
  ["one letter", { q: "a", sort: "updatedAt", order: "desc" }],
  ["text spanning the end of a name and an alias, on two lines", { q: "7\nmed" }],
  ["nothing", { q: "zzzz-no-such-vendor" }],
  ["a search past its last page", { q: "health", page: 400 }],
  ["category and status", { category: ["ehr", "cloud"], status: ["active"] }],
  ["criticality by incidents", { criticality: ["critical"], sort: "incidentCount", order: "desc" }],
  ["risk tiers", { riskTier: ["high", "critical"], sort: "riskScore", order: "desc", page: 2 }],
  ["unassessed vendors by priority", { riskTier: ["unassessed"], sort: "priority", order: "desc" }],
  [
    "unassessed or critical, by priority, page 2",
    { riskTier: ["unassessed", "critical"], sort: "priority", order: "desc", page: 2 },
  ],
  ["with incidents", { hasIncidents: "true", sort: "incidentCount", order: "asc", page: 5 }],
  ["without incidents", { hasIncidents: "false", pageSize: 100 }],
  [
    "search with every filter",
    { q: "co", category: ["billing", "ehr"], criticality: ["high"], hasIncidents: "true" },
  ],
  ["the last page by name", { page: 50, pageSize: 100 }],
];

describe.each(testDatabases())("the vendor list over 5,000 generated vendors on $name", (database) => {
  let h: DbHandle;
  let org: string;

  beforeAll(async () => {
    h = await database.open();
    org = await seedGeneratedPortfolio(h.db, 5_000);
  }, 120_000);
  afterAll(async () => {
    await deleteOrganization(h.db, org);
    await h.close();
  });

  it.each(cases)("returns the same vendors in the same order as before for %s", async (_, overrides) => {
    const query = { ...base, ...overrides };
    const expected = await listVendorIdsAsBefore(h.db, org, query);
    const actual = await listVendors(h.db, org, query);
    expect(actual.items.map((v) => v.id)).toEqual(expected.ids);
    expect(actual.total).toBe(expected.total);
  });

  // A case that finds nothing proves little, so only the cases meant to be empty may be.
  it("finds vendors in every case but those meant to find none", async () => {
    const empty: string[] = [];
    for (const [name, overrides] of cases) {
      if ((await listVendorIdsAsBefore(h.db, org, { ...base, ...overrides })).total === 0) empty.push(name);
    }
    expect(empty).toEqual([
      "an underscore that must not act as a wildcard",
      "text spanning the end of a name and an alias, on two lines",
      "nothing",
    ]);
  });
});
