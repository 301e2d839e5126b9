import type { AuditEventRow } from "@ward/db";
import { describe, expect, it } from "vitest";
import { entityLabel } from "./audit-entity-names";

const vendorId = "11111111-1111-4111-8111-111111111111";
const holdingId = "22222222-2222-4222-8222-222222222222";

const event = (over: Partial<AuditEventRow>): AuditEventRow => ({
  id: "33333333-3333-4333-8333-333333333333",
  organizationId: "44444444-4444-4444-8444-444444444444",
  actorType: "user",
  actorId: null,
  actorLabel: "Alex",
  action: "data_holding.update",
  entityType: "data_holding",
  entityId: holdingId,
  before: null,
  after: null,
  requestId: null,
  ip: null,
  userAgent: null,
  at: new Date("2026-01-01T00:00:00Z"),
  ...over,
});
const vendors = new Map([[vendorId, "Oracle Health"]]);

describe("an audit event's entity in words", () => {
  it("a vendor's record reads 'Vendor › record' with the record's name today", () => {
    const current = new Map([[`data_holding:${holdingId}`, { name: "Legacy Cerner archive", vendorId }]]);
    const e = event({ after: { system: "Old name", vendorId } });
    expect(entityLabel(e, current, vendors)).toBe("Oracle Health › Legacy Cerner archive");
  });

  it("a deleted record is named from the event's before state", () => {
    const e = event({ action: "data_holding.delete", before: { system: "Legacy Cerner archive", vendorId } });
    expect(entityLabel(e, new Map(), vendors)).toBe("Oracle Health › Legacy Cerner archive");
  });

  it("a record whose vendor is unknown still gives its own name, and an unnamed one gives nothing", () => {
    expect(entityLabel(event({ after: { system: "Archive" } }), new Map(), new Map())).toBe("Archive");
    expect(
      entityLabel(event({ entityType: "job", after: { state: "retry" } }), new Map(), vendors),
    ).toBeNull();
  });

  it("a blank name is not a name", () => {
    const e = event({ entityType: "incident", before: { title: "  ", vendorId } });
    expect(entityLabel(e, new Map(), vendors)).toBe("Oracle Health");
  });
});
