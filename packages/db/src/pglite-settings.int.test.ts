import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle, pgliteSettings } from "./client";

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ward-pglite-settings-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function setting(handle: DbHandle, name: string): Promise<string> {
  const result = (await handle.db.execute(sql`select current_setting(${name}) as value`)) as unknown as {
    rows: { value: string }[];
  };
  return result.rows[0]?.value ?? "";
}

async function sharedBufferBytes(handle: DbHandle): Promise<number> {
  const result = (await handle.db.execute(
    sql`select pg_size_bytes(current_setting('shared_buffers'))::bigint as bytes`,
  )) as unknown as { rows: { bytes: string | number }[] };
  return Number(result.rows[0]?.bytes);
}

describe("the embedded database's PostgreSQL settings", () => {
  // A data folder's postgresql.conf (written by initdb, or copied from the template) asks for 128 MB of shared
  // buffers and 100 connections; Ward's own settings must win over it, on every start.
  it.each([
    ["a data folder", () => join(work, "folder")],
    ["memory", () => "memory://"],
  ])("are applied to %s, over postgresql.conf", { timeout: 120_000 }, async (_where, dataDir) => {
    const handle = await createDb({ dataDir: dataDir() });
    try {
      for (const [name, value] of Object.entries(pgliteSettings)) {
        expect(await setting(handle, name)).toBe(value);
      }
    } finally {
      await handle.close();
    }
  });

  it("keep the shared buffers, resident from start, a small part of a started Ward's memory", async () => {
    const handle = await createDb({ dataDir: "memory://" });
    try {
      expect(await sharedBufferBytes(handle)).toBeLessThanOrEqual(32 * 2 ** 20);
    } finally {
      await handle.close();
    }
  });
});
