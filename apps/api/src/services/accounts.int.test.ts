import { randomUUID } from "node:crypto";
import { type DbHandle, listMembers, schema } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { inArray } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "../auth/better-auth";
import { fixedClock, TEST_PUBLIC_URL } from "../testing/test-app";
import { type DemoAccount, setUpDemo } from "./accounts";

const log = pino({ level: "silent" });

function depsFor(handle: DbHandle) {
  const clock = fixedClock();
  const auth = createAuth({
    db: handle.db,
    secret: "test-secret-test-secret-test-secret!",
    publicUrl: TEST_PUBLIC_URL,
    clock,
    log,
  });
  return { db: handle.db, withLock: handle.withLock, auth, clock, log };
}

describe.each(testDatabases())("demo set-up on $name", (database) => {
  // Two handles are two Ward instances on PostgreSQL; PGlite's in-memory database has one process, so one handle.
  let first: DbHandle;
  let second: DbHandle;

  beforeAll(async () => {
    first = await database.open();
    second = database.name === "postgres" ? await database.open() : first;
  }, 60_000);

  afterAll(async () => {
    if (second !== first) await second?.close();
    await first?.close();
  });

  it("two instances setting up the demo at once both succeed and create each account once", async () => {
    const id = randomUUID();
    const organization = { name: `Demo race ${id}`, slug: `demo-race-${id}` };
    const accounts: DemoAccount[] = (["admin", "analyst", "viewer"] as const).map((role) => ({
      email: `${role}-${id}@demo.ward.test`,
      name: `Race ${role}`,
      role,
    }));

    const results = await Promise.all([
      setUpDemo(depsFor(first), { organization, accounts }),
      setUpDemo(depsFor(second), { organization, accounts }),
    ]);

    expect(results[0].organizationId).toBe(results[1].organizationId);
    // The password is generated, and printed, by whichever instance created the accounts.
    expect(results.filter((r) => r.generatedPassword !== null)).toHaveLength(1);
    const users = await first.db
      .select({ email: schema.users.email })
      .from(schema.users)
      .where(
        inArray(
          schema.users.email,
          accounts.map((a) => a.email),
        ),
      );
    expect(users).toHaveLength(3);
    const members = await listMembers(first.db, results[0].organizationId);
    expect(members.map((m) => m.member.role).sort()).toEqual(["admin", "analyst", "viewer"]);
  }, 120_000);
});
