import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { type ApiSession, signInApi } from "../api-session";
import { type FreshDatabase, freshDatabase, testDatabaseUrl } from "../postgres-databases";
import { removeDataDir, startWard, type WardServer } from "../ward-server";

/** Concurrent writes in flight when the server is killed. */
const WRITES = 200;
/** The server is killed once this many writes have been acknowledged, so many more are still in flight. */
const KILL_AFTER = 60;

interface Outcome {
  acknowledged: string[];
  /** Requests that got no answer: the crash cut them off. Whether they landed is not promised either way. */
  cutOff: number;
}

/** Sends WRITES vendor creations at once and SIGKILLs the server after KILL_AFTER acknowledgements. */
async function writeAndCrash(server: WardServer, session: ApiSession, run: string): Promise<Outcome> {
  const acknowledged: string[] = [];
  let cutOff = 0;
  let killing: Promise<void> | undefined;
  await Promise.all(
    Array.from({ length: WRITES }, async (_, i) => {
      const name = `Crash ${run} ${String(i).padStart(3, "0")}`;
      try {
        const res = await session.request("POST", "/api/vendors", { name, category: "billing" });
        // Every answer before the kill must be a success: a 5xx here would be a failure under load, not the crash.
        expect(res.status, `${name}: ${await res.clone().text()}`).toBe(201);
        acknowledged.push(name);
        if (acknowledged.length === KILL_AFTER) killing = server.kill("SIGKILL");
      } catch (error) {
        if (error instanceof TypeError)
          cutOff += 1; // fetch failed: the connection died with the process.
        else throw error;
      }
    }),
  );
  await killing;
  return { acknowledged, cutOff };
}

async function vendorNames(session: ApiSession, run: string): Promise<string[]> {
  const names: string[] = [];
  for (let page = 1; ; page += 1) {
    const res = await session.request(
      "GET",
      `/api/vendors?q=${encodeURIComponent(`Crash ${run}`)}&pageSize=100&page=${page}`,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; items: { name: string }[] };
    names.push(...body.items.map((v) => v.name));
    if (names.length >= body.total || body.items.length === 0) return names;
  }
}

const databases = [
  { name: "PGlite", postgres: false },
  { name: "PostgreSQL", postgres: true },
] as const;

describe.each(databases)("SIGKILL during $name writes", ({ postgres }) => {
  let server: WardServer | undefined;
  let dataDir: string | undefined;
  let database: FreshDatabase | undefined;
  afterAll(async () => {
    await server?.stop();
    if (dataDir) await removeDataDir(dataDir);
    await database?.drop();
  });

  it.skipIf(postgres && !testDatabaseUrl)(
    "loses no acknowledged write, and the restarted server serves every one of them",
    async () => {
      database = postgres ? await freshDatabase("crash") : undefined;
      const env: Record<string, string> = database ? { DATABASE_URL: database.url } : {};
      server = await startWard({ env });
      dataDir = server.dataDir;
      const run = randomBytes(3).toString("hex");
      const outcome = await writeAndCrash(server, await signInApi(server, "analyst@demo.ward.test"), run);
      expect(outcome.acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
      // The kill came while writes were still in flight; otherwise this test proves nothing about a crash.
      expect(outcome.cutOff).toBeGreaterThan(0);

      server = await startWard({ dataDir, env });
      const stored = new Set(await vendorNames(await signInApi(server, "analyst@demo.ward.test"), run));
      const lost = outcome.acknowledged.filter((name) => !stored.has(name));
      expect(
        lost,
        `acknowledged but missing after restart (${outcome.acknowledged.length} acknowledged)`,
      ).toEqual([]);
      expect(stored.size).toBeLessThanOrEqual(WRITES);
    },
  );
});
