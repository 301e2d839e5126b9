import { realpath } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { signInApi } from "../api-session";
import { freshDatabase, testDatabaseUrl } from "../postgres-databases";
import { removeDataDir, runWardUntilExit, startWard, type WardServer } from "../ward-server";

const started: WardServer[] = [];

afterEach(async () => {
  for (const server of started.splice(0)) {
    await server.stop();
    await removeDataDir(server.dataDir);
  }
});

describe.skipIf(!testDatabaseUrl)(
  "several instances on one PostgreSQL database (skipped: set TEST_DATABASE_URL to a PostgreSQL server to run it)",
  () => {
    it("two instances started together on a fresh database both come up, and nothing is seeded twice", async () => {
      const database = await freshDatabase("instances");
      try {
        const env = { DATABASE_URL: database.url };
        const results = await Promise.allSettled([startWard({ env }), startWard({ env })]);
        for (const result of results) if (result.status === "fulfilled") started.push(result.value);
        const failures = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
        expect(failures).toEqual([]);

        for (const server of started) {
          const health = (await (await fetch(`${server.url}/api/health`)).json()) as { database: string };
          expect(health.database).toBe("postgres");
          const admin = await signInApi(server, "admin@demo.ward.test");
          expect((await admin.request("GET", "/api/vendors?q=oracle")).status).toBe(200);
        }

        const [counts] = await database.query<Record<string, number>>(`
          select (select count(*)::int from organization) as organizations,
                 (select count(*)::int from "user") as users,
                 (select count(*)::int from member) as members,
                 (select count(*)::int from vendor) as vendors,
                 (select count(distinct seed_key)::int from vendor) as "seededVendors"`);
        expect(counts).toMatchObject({ organizations: 1, users: 3, members: 3 });
        expect(counts?.vendors).toBeGreaterThanOrEqual(10);
        expect(counts?.vendors).toBe(counts?.seededVendors);
      } finally {
        // Stopped here, before the database is dropped under them; their (unused) data folders go too.
        for (const server of started.splice(0)) {
          await server.stop();
          await removeDataDir(server.dataDir);
        }
        await database.drop();
      }
    });
  },
);

describe("the embedded database's owner", () => {
  it("a second process on a data folder in use stops at once, naming the folder and the process", async () => {
    const first = await startWard();
    started.push(first);

    const second = await runWardUntilExit({ dataDir: first.dataDir });

    expect(second.code).toBe(1);
    expect(second.output).toContain(await realpath(first.dataDir));
    expect(second.output).toMatch(/in use by process \d+/);
    expect(second.output).toContain("stop that process first");
  });
});
