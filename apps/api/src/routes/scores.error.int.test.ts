import type { ErrorEnvelope } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())(
  "what-if refuses data holdings the vendor does not have on $name",
  (database) => {
    let t: TestApp;
    let vendorId: string;
    let ownHolding: string;
    let otherVendorsHolding: string;

    const addVendorWithHolding = async (name: string) => {
      const vendor = (await (await t.request("POST", "/api/vendors", { name, category: "ehr" })).json()) as {
        id: string;
      };
      const holding = (await (
        await t.request("POST", `/api/vendors/${vendor.id}/data-holdings`, {
          system: `${name} archive`,
          environment: "legacy",
        })
      ).json()) as { id: string };
      return { vendorId: vendor.id, holdingId: holding.id };
    };

    beforeAll(async () => {
      t = await openTestApp(database);
      ({ vendorId, holdingId: ownHolding } = await addVendorWithHolding("What-if Vendor"));
      ({ holdingId: otherVendorsHolding } = await addVendorWithHolding("Other Vendor"));
    });
    afterAll(() => t.close());

    it.each([
      ["an id no record has", "00000000-0000-4000-8000-000000000000"],
      ["another vendor's holding", () => otherVendorsHolding],
    ])("a change naming %s is a 400 on that change", async (_, holding) => {
      const unknown = typeof holding === "function" ? holding() : holding;
      const res = await t.request("POST", `/api/vendors/${vendorId}/what-if`, {
        changes: [
          { kind: "encrypt_holding", holdingId: ownHolding },
          { kind: "destroy_holding", holdingId: unknown },
        ],
      });
      const body = (await res.json()) as ErrorEnvelope;
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(body.error.code).toBe("VALIDATION_FAILED");
      expect(body.error.issues).toEqual([
        { path: "changes.1.holdingId", message: expect.stringContaining(unknown) },
      ]);
    });

    it("a change naming the vendor's own holding is scored", async () => {
      const res = await t.request("POST", `/api/vendors/${vendorId}/what-if`, {
        changes: [{ kind: "destroy_holding", holdingId: ownHolding }],
      });
      expect(res.status).toBe(200);
    });
  },
);
