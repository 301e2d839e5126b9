import type { AuditEventDto, DataHoldingDto, ErrorEnvelope, VendorScoreResponse } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

const destruction = {
  destroyedOn: "2025-05-02",
  destructionEvidence: "Certificate of destruction CD-2025-0142.pdf",
  destructionAttestedBy: "Jane Roe, CISO at the vendor",
  destructionAssurance: "documented",
};

describe.each(testDatabases())("marking a data holding destroyed on $name", (database) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    t.clock.set("2025-06-01T09:00:00.000Z");
    const vendor = await t.request("POST", "/api/vendors", { name: "Archive keeper", category: "ehr" });
    base = `/api/vendors/${((await vendor.json()) as { id: string }).id}`;
  });
  afterAll(() => t.close());

  const addHolding = async () =>
    (await (
      await t.request("POST", `${base}/data-holdings`, {
        system: "Legacy archive",
        environment: "archive",
        recordCount: 120_000,
        phiCategories: ["name", "ssn"],
      })
    ).json()) as DataHoldingDto;
  const overall = async () =>
    ((await (await t.request("GET", `${base}/score`)).json()) as VendorScoreResponse).score.overall.score;
  const auditOf = async (id: string) =>
    (
      (await (await t.request("GET", `/api/audit-events?entityId=${id}`)).json()) as {
        items: AuditEventDto[];
      }
    ).items;

  it("stores the date, the certificate and who attested it in one change with one audit event", async () => {
    const holding = await addHolding();
    const before = await overall();

    const res = await t.request("PATCH", `${base}/data-holdings/${holding.id}`, destruction);

    expect(res.status).toBe(200);
    expect((await res.json()) as DataHoldingDto).toMatchObject(destruction);
    const fetched = (await (
      await t.request("GET", `${base}/data-holdings/${holding.id}`)
    ).json()) as DataHoldingDto;
    expect(fetched).toMatchObject(destruction);
    // The test clock stands still, so both events share a moment and their order is not the point.
    expect((await auditOf(holding.id)).map((e) => e.action).sort()).toEqual([
      "data_holding.create",
      "data_holding.update",
    ]);
    // Data destroyed with proof no longer counts as held.
    expect(await overall()).toBeLessThan(before);
  });

  it("refuses a bad destruction date naming the field, and changes nothing", async () => {
    const holding = await addHolding();

    const res = await t.request("PATCH", `${base}/data-holdings/${holding.id}`, {
      ...destruction,
      destroyedOn: "02/05/2025",
    });

    expect(res.status).toBe(400);
    const paths = new Set(((await res.json()) as ErrorEnvelope).error.issues?.map((i) => i.path));
    expect([...paths]).toEqual(["destroyedOn"]);
    const unchanged = (await (
      await t.request("GET", `${base}/data-holdings/${holding.id}`)
    ).json()) as DataHoldingDto;
    expect(unchanged).toMatchObject({
      destroyedOn: null,
      destructionEvidence: null,
      destructionAttestedBy: null,
      destructionAssurance: null,
    });
    expect((await auditOf(holding.id)).map((e) => e.action)).toEqual(["data_holding.create"]);
  });

  it("records a vendor's statement alone as such", async () => {
    const holding = await addHolding();
    const res = await t.request("PATCH", `${base}/data-holdings/${holding.id}`, {
      ...destruction,
      destructionAssurance: "self_attested",
    });
    expect((await res.json()) as DataHoldingDto).toMatchObject({ destructionAssurance: "self_attested" });
  });

  it("takes a destruction recorded without saying what backs it as the vendor's word", async () => {
    const holding = await addHolding();
    const res = await t.request("PATCH", `${base}/data-holdings/${holding.id}`, {
      destroyedOn: "2025-05-02",
    });
    expect((await res.json()) as DataHoldingDto).toMatchObject({ destructionAssurance: "self_attested" });
    const undone = await t.request("PATCH", `${base}/data-holdings/${holding.id}`, { destroyedOn: null });
    expect((await undone.json()) as DataHoldingDto).toMatchObject({
      destroyedOn: null,
      destructionAssurance: null,
    });
  });

  it("refuses proof of a destruction that has no date, naming the date, and changes nothing", async () => {
    const holding = await addHolding();
    const res = await t.request("PATCH", `${base}/data-holdings/${holding.id}`, {
      destructionAssurance: "verified",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorEnvelope).error.issues?.map((i) => i.path)).toEqual(["destroyedOn"]);
    const unchanged = (await (
      await t.request("GET", `${base}/data-holdings/${holding.id}`)
    ).json()) as DataHoldingDto;
    expect(unchanged.destructionAssurance).toBeNull();
  });

  it("refuses an assurance destruction does not have, naming the field", async () => {
    const holding = await addHolding();
    const res = await t.request("PATCH", `${base}/data-holdings/${holding.id}`, {
      ...destruction,
      destructionAssurance: "public_record",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorEnvelope).error.issues?.map((i) => i.path)).toEqual([
      "destructionAssurance",
    ]);
  });
});
