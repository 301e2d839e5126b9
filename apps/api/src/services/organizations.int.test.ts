import { randomUUID } from "node:crypto";
import { type DbHandle, insertOrganization, seedDemo } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp } from "../testing/test-app";
import { ConflictError } from "./errors";
import { slugify } from "./organization-slug";
import { findOrCreateOrganization } from "./organizations";

const now = new Date("2026-01-15T12:00:00Z");

describe.each(testDatabases())("organization names on $name", (database) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await database.open();
  }, 60_000);
  afterAll(() => handle?.close());

  it("two organizations cannot share a name, whatever its case", async () => {
    const name = `Saint Elsewhere ${randomUUID()}`;
    await insertOrganization(handle.db, { name, slug: `a-${randomUUID()}`, createdAt: now });
    await expect(
      insertOrganization(handle.db, { name: name.toUpperCase(), slug: `b-${randomUUID()}`, createdAt: now }),
    ).rejects.toThrow();
  });

  it("create-admin finds an organization by its name in any case, and otherwise creates it", async () => {
    const name = `Mercy General ${randomUUID()}`;
    const created = await findOrCreateOrganization(handle.db, name, now);
    const again = await findOrCreateOrganization(handle.db, name.toLowerCase(), now);
    expect(created.created).toBe(true);
    expect(again).toEqual({ organization: created.organization, created: false });
  });

  it("a new name whose address a renamed organization holds is a clear conflict, not a merge", async () => {
    const name = `County Hospital ${randomUUID()}`;
    await insertOrganization(handle.db, {
      name: `Renamed ${randomUUID()}`,
      slug: slugify(name),
      createdAt: now,
    });
    const attempt = findOrCreateOrganization(handle.db, name, now);
    await expect(attempt).rejects.toThrow(ConflictError);
    await expect(attempt).rejects.toThrow(/already has the address/);
  });

  it("the demo seed refuses, with a message, to create a second organization of the same name", async () => {
    const name = `Demo twin ${randomUUID()}`;
    await insertOrganization(handle.db, { name, slug: `first-${randomUUID()}`, createdAt: now });
    await expect(
      seedDemo(handle.db, { now, organization: { name, slug: `second-${randomUUID()}` } }),
    ).rejects.toThrow(/WARD_DEMO=false/);
  });
});

describe.each(testDatabases())("renaming an organization on $name", (database) => {
  it("to another organization's name, in any case, is a conflict and changes nothing", async () => {
    const t = await openTestApp(database);
    try {
      const other = await t.otherTenant();
      const theirs = (await (await other.request("GET", "/api/organization")).json()) as { name: string };
      const res = await t.request("PATCH", "/api/organization", { name: theirs.name.toUpperCase() });
      expect(res.status).toBe(409);
      const ours = (await (await t.request("GET", "/api/organization")).json()) as { name: string };
      expect(ours.name).not.toBe(theirs.name.toUpperCase());
    } finally {
      await t.close();
    }
  }, 60_000);
});
