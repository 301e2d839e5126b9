import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle, WardDb } from "../client";
import { auditEvents } from "../schema";
import { testDatabases } from "../testing/test-databases";
import { insertAuditEvent } from "./audit";
import { insertOrganization } from "./organizations";

/** Thrown to roll a transaction back, so a statement the database wrongly accepts changes nothing. */
class RolledBack extends Error {}

describe.each(testDatabases())("the audit trail on $name", ({ open }) => {
  let handle: DbHandle;
  let organizationId: string;
  const now = new Date("2026-01-15T12:00:00Z");

  beforeAll(async () => {
    handle = await open();
    const slug = `audit-test-${randomUUID()}`;
    organizationId = (await insertOrganization(handle.db, { name: slug, slug, createdAt: now })).id;
    await insertAuditEvent(handle.db, {
      organizationId,
      actorType: "system",
      actorLabel: "test",
      action: "vendor.create",
      entityType: "vendor",
      entityId: randomUUID(),
      at: now,
    });
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
  });

  it.each([
    [
      "UPDATE",
      (db: WardDb) =>
        db
          .update(auditEvents)
          .set({ action: "forged" })
          .where(eq(auditEvents.organizationId, organizationId)),
    ],
    ["DELETE", (db: WardDb) => db.delete(auditEvents).where(eq(auditEvents.organizationId, organizationId))],
    ["TRUNCATE", (db: WardDb) => db.execute(sql`truncate audit_event`)],
  ])("the database refuses %s on the audit trail", async (_statement, alter) => {
    const attempt = handle.db.transaction(async (tx) => {
      await alter(tx as unknown as WardDb);
      throw new RolledBack("the statement was accepted");
    });
    const error = await attempt.then(
      () => null,
      (e: Error) => e,
    );
    // drizzle wraps the database's error in "Failed query: …" and keeps it as the cause.
    expect((error?.cause as Error | undefined)?.message).toMatch(/append-only/);
    const kept = await handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.organizationId, organizationId));
    expect(kept.map((e) => e.action)).toEqual(["vendor.create"]);
  });
});
