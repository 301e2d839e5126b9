import type { ErrorEnvelope, IncidentDto } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

const letter = { url: "https://example.org/vendor-letter", title: "Vendor's letter to customers" };
const filing = { url: "https://example.org/state-filing", title: "Vendor's state regulatory filing" };

describe.each(testDatabases())("incident routes on $name", (database) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    const res = await t.request("POST", "/api/vendors", { name: "Legacy EHR Co", category: "ehr" });
    base = `/api/vendors/${((await res.json()) as { id: string }).id}/incidents`;
  });
  afterAll(() => t.close());

  const createDisputed = async () => {
    const res = await t.request("POST", base, {
      title: "Legacy servers accessed",
      entryRoute: "stolen_credentials",
      legacySystemInvolved: "yes",
      recordsAffected: 501,
      recordsIsPlaceholder: true,
      dataTypes: ["name", "ssn"],
      sources: [letter, filing],
      dates: [
        { kind: "intrusion_start", date: "2025-01-22", qualifier: "on_or_after", source: 0 },
        { kind: "vendor_discovery", date: "2025-03-07", source: 1 },
        { kind: "vendor_discovery", date: "2025-02-20", qualifier: "on_or_around", source: 0 },
      ],
      consequences: [{ kind: "lawsuit", description: "Consolidated class action", source: 1 }],
    });
    expect(res.status).toBe(201);
    return (await res.json()) as IncidentDto;
  };

  it("keeps two disagreeing discovery dates, each with its own source", async () => {
    const incident = await createDisputed();
    const sourceByUrl = new Map(incident.sources.map((s) => [s.url, s.id]));
    const discovery = incident.dates.filter((d) => d.kind === "vendor_discovery");
    expect(discovery.map((d) => [d.date, d.sourceId])).toEqual([
      ["2025-02-20", sourceByUrl.get(letter.url)],
      ["2025-03-07", sourceByUrl.get(filing.url)],
    ]);
    expect(incident.consequences[0]?.sourceId).toBe(sourceByUrl.get(filing.url));
    expect(incident).toMatchObject({
      recordsAffected: 501,
      recordsIsPlaceholder: true,
      legacySystemInvolved: "yes",
    });
  });

  it("rejects a date that cites a source the incident does not have", async () => {
    const res = await t.request("POST", base, {
      title: "Bad citation",
      entryRoute: "unknown",
      sources: [letter],
      dates: [{ kind: "vendor_discovery", date: "2025-01-01", source: 3 }],
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.issues?.[0]?.path).toBe("dates.0.source");
    const list = (await (await t.request("GET", base)).json()) as { items: IncidentDto[] };
    expect(list.items.some((i) => i.title === "Bad citation")).toBe(false);
  });

  it("rejects an impossible calendar date", async () => {
    const res = await t.request("POST", base, {
      title: "Bad date",
      entryRoute: "unknown",
      dates: [{ kind: "vendor_discovery", date: "2025-02-30" }],
    });
    expect(res.status).toBe(400);
  });

  it("replacing the sources keeps each date's citation by URL", async () => {
    const incident = await createDisputed();
    const res = await t.request("PATCH", `${base}/${incident.id}`, {
      sources: [filing, letter, { url: "https://example.org/news", title: "News" }],
    });
    expect(res.status).toBe(200);
    const changed = (await res.json()) as IncidentDto;
    const urlOf = new Map(changed.sources.map((s) => [s.id, s.url]));
    const discovery = changed.dates.filter((d) => d.kind === "vendor_discovery");
    expect(discovery.map((d) => [d.date, urlOf.get(d.sourceId ?? "")])).toEqual([
      ["2025-02-20", letter.url],
      ["2025-03-07", filing.url],
    ]);
  });

  it("updates fields and deletes an incident", async () => {
    const incident = await createDisputed();
    const res = await t.request("PATCH", `${base}/${incident.id}`, {
      mfaAtEntry: "no",
      recordsAffected: 262831,
      recordsIsPlaceholder: false,
    });
    expect((await res.json()) as IncidentDto).toMatchObject({ mfaAtEntry: "no", recordsAffected: 262831 });
    expect((await t.request("DELETE", `${base}/${incident.id}`)).status).toBe(204);
    expect((await t.request("GET", `${base}/${incident.id}`)).status).toBe(404);
  });

  it("keeps how they got in apart from what happened, and audits both", async () => {
    const res = await t.request("POST", base, {
      title: "Ransomware outage",
      entryRoute: "unknown",
      dataTaken: "no",
      encryptedForExtortion: "yes",
      serviceOutage: "yes",
      outageDays: 8,
      servicesStopped: ["EHR", "e-prescribing"],
    });
    expect(res.status).toBe(201);
    const incident = (await res.json()) as IncidentDto;
    const expected = {
      entryRoute: "unknown",
      dataTaken: "no",
      encryptedForExtortion: "yes",
      serviceOutage: "yes",
      outageDays: 8,
      servicesStopped: ["EHR", "e-prescribing"],
    };
    expect(incident).toMatchObject(expected);
    expect((await (await t.request("GET", `${base}/${incident.id}`)).json()) as IncidentDto).toMatchObject(
      expected,
    );
    const audit = (await (await t.request("GET", `/api/audit-events?entityId=${incident.id}`)).json()) as {
      items: { after: Record<string, unknown> | null }[];
    };
    expect(audit.items[0]?.after).toMatchObject(expected);
  });

  it("leaves what happened unknown when it is not said", async () => {
    const incident = await createDisputed();
    expect(incident).toMatchObject({
      dataTaken: "unknown",
      encryptedForExtortion: "unknown",
      serviceOutage: "unknown",
      outageDays: null,
      servicesStopped: [],
    });
  });

  it("refuses ransomware as a way in, naming the field", async () => {
    const res = await t.request("POST", base, { title: "Old style", entryRoute: "ransomware" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorEnvelope).error.issues?.map((i) => i.path)).toEqual(["entryRoute"]);
  });

  it("refuses an outage length for an incident without an outage, and changes nothing", async () => {
    const created = await t.request("POST", base, {
      title: "No outage",
      entryRoute: "unknown",
      outageDays: 3,
    });
    expect(created.status).toBe(400);
    expect(((await created.json()) as ErrorEnvelope).error.issues?.map((i) => i.path)).toEqual([
      "outageDays",
    ]);

    const incident = await createDisputed();
    const patched = await t.request("PATCH", `${base}/${incident.id}`, { servicesStopped: ["EHR"] });
    expect(patched.status).toBe(400);
    expect(((await patched.json()) as ErrorEnvelope).error.issues?.map((i) => i.path)).toEqual([
      "servicesStopped",
    ]);
    const unchanged = (await (await t.request("GET", `${base}/${incident.id}`)).json()) as IncidentDto;
    expect(unchanged.servicesStopped).toEqual([]);
  });

  it("an outage's details can be added to an outage and are dropped when the outage is taken back", async () => {
    const incident = await createDisputed();
    const outage = await t.request("PATCH", `${base}/${incident.id}`, { serviceOutage: "yes" });
    expect(outage.status).toBe(200);
    const days = await t.request("PATCH", `${base}/${incident.id}`, {
      outageDays: 12,
      servicesStopped: ["claims"],
    });
    expect((await days.json()) as IncidentDto).toMatchObject({ outageDays: 12, servicesStopped: ["claims"] });
    const none = await t.request("PATCH", `${base}/${incident.id}`, { serviceOutage: "no" });
    expect((await none.json()) as IncidentDto).toMatchObject({
      serviceOutage: "no",
      outageDays: null,
      servicesStopped: [],
    });
  });
});
