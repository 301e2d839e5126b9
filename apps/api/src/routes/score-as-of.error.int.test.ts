import type { ErrorEnvelope } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())(
  "bad dates and unknown records in scores and what-ifs on $name",
  (database) => {
    let t: TestApp;
    let base: string;
    let holdingId: string;
    let incidentId: string;
    let otherVendorsIncident: string;

    const addVendor = async (name: string) => {
      const vendor = (await (await t.request("POST", "/api/vendors", { name, category: "ehr" })).json()) as {
        id: string;
      };
      const holding = (await (
        await t.request("POST", `/api/vendors/${vendor.id}/data-holdings`, {
          system: `${name} archive`,
          environment: "legacy",
        })
      ).json()) as { id: string };
      const incident = (await (
        await t.request("POST", `/api/vendors/${vendor.id}/incidents`, {
          title: `${name} breach`,
          entryRoute: "phishing",
        })
      ).json()) as { id: string };
      return { base: `/api/vendors/${vendor.id}`, holdingId: holding.id, incidentId: incident.id };
    };

    beforeAll(async () => {
      t = await openTestApp(database);
      ({ base, holdingId, incidentId } = await addVendor("Checked Vendor"));
      ({ incidentId: otherVendorsIncident } = await addVendor("Neighbour Vendor"));
    });
    afterAll(() => t.close());

    const refusal = async (res: Response) => {
      const body = (await res.json()) as ErrorEnvelope;
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(body.error.code).toBe("VALIDATION_FAILED");
      return body.error;
    };

    it.each(["2026-13-01", "2026-02-30", "yesterday", "20260101", "2026-01-15T00:00:00Z"])(
      "a malformed asOf (%s) is a 400 naming the field",
      async (asOf) => {
        const error = await refusal(await t.request("GET", `${base}/score?asOf=${encodeURIComponent(asOf)}`));
        expect(new Set(error.issues?.map((i) => i.path))).toEqual(new Set(["asOf"]));
        const whatIf = await refusal(await t.request("POST", `${base}/what-if`, { changes: [], asOf }));
        expect(new Set(whatIf.issues?.map((i) => i.path))).toEqual(new Set(["asOf"]));
      },
    );

    it("a date after today is a 400 naming the field, for the score and the what-if", async () => {
      const error = await refusal(await t.request("GET", `${base}/score?asOf=2026-01-16`));
      expect(error.issues).toEqual([{ path: "asOf", message: expect.stringContaining("after today") }]);
      const whatIf = await refusal(
        await t.request("POST", `${base}/what-if`, { changes: [], asOf: "2027-01-01" }),
      );
      expect(whatIf.issues).toEqual([{ path: "asOf", message: expect.stringContaining("after today") }]);
    });

    it("a score as of a date for a vendor that is not there is a 404", async () => {
      const res = await t.request(
        "GET",
        "/api/vendors/00000000-0000-4000-8000-000000000000/score?asOf=2025-06-01",
      );
      expect(res.status).toBe(404);
    });

    it.each([
      ["an id no record has", () => "00000000-0000-4000-8000-000000000000"],
      ["another vendor's incident", () => otherVendorsIncident],
    ])("an incident change naming %s is a 400 on that change, never a 500", async (_, pick) => {
      const unknown = pick();
      for (const change of [
        { kind: "remove_incident", incidentId: unknown },
        { kind: "update_incident", incidentId: unknown, dataTaken: "no" },
      ]) {
        const error = await refusal(
          await t.request("POST", `${base}/what-if`, {
            changes: [{ kind: "remove_incident", incidentId }, change],
          }),
        );
        expect(error.issues).toEqual([
          { path: "changes.1.incidentId", message: `This vendor has no incident ${unknown}` },
        ]);
      }
    });

    it("a record count change naming a holding the vendor does not have is a 400 on that change", async () => {
      const unknown = "00000000-0000-4000-8000-000000000000";
      const error = await refusal(
        await t.request("POST", `${base}/what-if`, {
          changes: [{ kind: "set_record_count", holdingId: unknown, recordCount: 5 }],
        }),
      );
      expect(error.issues).toEqual([
        { path: "changes.0.holdingId", message: expect.stringContaining(unknown) },
      ]);
    });

    it("an evidence change naming a factor Ward does not know is a 400 on that change", async () => {
      const error = await refusal(
        await t.request("POST", `${base}/what-if`, {
          changes: [{ kind: "set_evidence", factor: "mfa.on_the_moon", value: true }],
        }),
      );
      expect(error.issues?.map((i) => i.path)).toEqual(["changes.0.factor"]);
    });

    it.each([
      ["a negative record count", { kind: "set_record_count", recordCount: -1 }, "changes.0.recordCount"],
      ["a fractional record count", { kind: "set_record_count", recordCount: 1.5 }, "changes.0.recordCount"],
      ["negative outage days", { kind: "update_incident", outageDays: -2 }, "changes.0.outageDays"],
      [
        "an unknown assurance",
        { kind: "set_evidence", factor: "mfa.remote_access", value: true, assurance: "rumour" },
        "changes.0.assurance",
      ],
    ])("%s is a 400 naming the field", async (_, change, path) => {
      const withTarget = { holdingId, incidentId, ...change };
      const error = await refusal(await t.request("POST", `${base}/what-if`, { changes: [withTarget] }));
      expect(error.issues?.map((i) => i.path)).toContain(path);
    });

    it("a saved scenario naming another vendor's incident is refused naming the change", async () => {
      const error = await refusal(
        await t.request("POST", `${base}/scenarios`, {
          name: "Forget the neighbour's breach",
          changes: [{ kind: "remove_incident", incidentId: otherVendorsIncident }],
        }),
      );
      expect(error.issues).toEqual([
        { path: "changes.0.incidentId", message: `This vendor has no incident ${otherVendorsIncident}` },
      ]);
    });
  },
);
