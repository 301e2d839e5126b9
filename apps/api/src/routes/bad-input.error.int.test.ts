import type { ErrorEnvelope } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, openTestApp, type TestApp } from "../testing/test-app";

const NUL = "\u0000";
const LONE_SURROGATE = "\uD800";

/** Sends `body` as it is, with exactly the headers given (no JSON content type added). */
async function sendRaw(client: Client, method: string, path: string, body: string | undefined, headers = {}) {
  return client.request(method, path, body, { "content-type": "", ...headers });
}

async function expectError(res: Response, status: number, code: string, paths?: string[]) {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  const body = JSON.parse(text) as ErrorEnvelope;
  expect(body.error.code).toBe(code);
  expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
  if (paths) expect([...new Set(body.error.issues?.map((i) => i.path))].sort()).toEqual([...paths].sort());
}

describe.each(testDatabases())(
  "bad input gets a 4xx in the envelope and changes nothing on $name",
  (database) => {
    let t: TestApp;
    let vendorId: string;
    beforeAll(async () => {
      t = await openTestApp(database);
      const res = await t.request("POST", "/api/vendors", { name: "Bad Input Vendor", category: "ehr" });
      vendorId = ((await res.json()) as { id: string }).id;
    });
    afterAll(() => t.close());

    const vendorNames = async () =>
      (
        (await (await t.request("GET", "/api/vendors?pageSize=100")).json()) as { items: { name: string }[] }
      ).items
        .map((v) => v.name)
        .sort();

    describe("content type", () => {
      const body = JSON.stringify({ name: "Typed Vendor", category: "ehr" });

      it.each([
        ["text/plain", body],
        ["application/x-www-form-urlencoded", "name=Typed+Vendor&category=ehr"],
        ["multipart/form-data; boundary=x", body],
        ["application/xml", "<vendor/>"],
      ])("a JSON route answers %s with 415", async (contentType, payload) => {
        const before = await vendorNames();
        await expectError(
          await sendRaw(t, "POST", "/api/vendors", payload, { "content-type": contentType }),
          415,
          "UNSUPPORTED_MEDIA_TYPE",
        );
        expect(await vendorNames()).toEqual(before);
      });

      it("a JSON route answers a body without a content type with 415", async () => {
        const before = await vendorNames();
        await expectError(await sendRaw(t, "POST", "/api/vendors", body), 415, "UNSUPPORTED_MEDIA_TYPE");
        await expectError(
          await sendRaw(t, "PATCH", `/api/vendors/${vendorId}`, JSON.stringify({ name: "Renamed" })),
          415,
          "UNSUPPORTED_MEDIA_TYPE",
        );
        expect(await vendorNames()).toEqual(before);
      });

      it("a JSON route answers an empty request without a content type with 415", async () => {
        await expectError(await sendRaw(t, "POST", "/api/vendors", undefined), 415, "UNSUPPORTED_MEDIA_TYPE");
      });

      it("JSON with a charset parameter is still JSON", async () => {
        const res = await sendRaw(t, "POST", "/api/vendors", body, {
          "content-type": "application/json; charset=utf-8",
        });
        expect(res.status).toBe(201);
      });

      it("a route without a body needs no content type", async () => {
        const invitation = (await (
          await t.request("POST", "/api/invitations", { email: "ct@hospital.test", role: "viewer" })
        ).json()) as { id: string };
        const res = await sendRaw(t, "POST", `/api/invitations/${invitation.id}/revoke`, undefined);
        expect(res.status).toBe(200);
      });
    });

    describe("text PostgreSQL cannot store", () => {
      it.each([
        ["NUL", NUL],
        ["a lone surrogate", LONE_SURROGATE],
      ])("%s in any text field is refused with 400 naming the field", async (_, bad) => {
        const before = await vendorNames();
        await expectError(
          await t.request("POST", "/api/vendors", {
            name: `Evil${bad}Vendor`,
            category: "ehr",
            aliases: [`alias${bad}`],
            website: `https://example.com/${bad}`,
            description: `one${bad}two`,
            ownershipHistory: [{ event: "acquired", counterparty: `Buyer${bad}`, date: null }],
          }),
          400,
          "VALIDATION_FAILED",
          ["aliases.0", "description", "name", "ownershipHistory.0.counterparty", "website"],
        );
        await expectError(
          await t.request("POST", `/api/vendors/${vendorId}/evidence`, {
            factor: "mfa.remote_access",
            value: `yes${bad}`,
            statement: "Remote access uses MFA",
            observedOn: "2025-01-01",
            sourceTitle: `title${bad}`,
          }),
          400,
          "VALIDATION_FAILED",
          ["sourceTitle", "value"],
        );
        await expectError(
          await t.request("POST", `/api/vendors/${vendorId}/products`, {
            name: "Product",
            hostingModel: "cloud",
            version: `1.0${bad}`,
          }),
          400,
          "VALIDATION_FAILED",
          ["version"],
        );
        expect(await vendorNames()).toEqual(before);
      });

      // A lone surrogate cannot travel in a URL: percent-encoded UTF-8 has no way to spell one.
      it("NUL in a query filter is refused with 400 naming the filter", async () => {
        const bad = "%00";
        await expectError(await t.request("GET", `/api/vendors?q=a${bad}b`), 400, "VALIDATION_FAILED", ["q"]);
        await expectError(
          await t.request("GET", `/api/audit-events?actorId=a${bad}&action=x${bad}&entityType=v${bad}`),
          400,
          "VALIDATION_FAILED",
          ["action", "actorId", "entityType"],
        );
      });

      it("NUL in a path parameter is an unknown record, not an error", async () => {
        for (const path of [
          `/api/vendors/${vendorId}%00`,
          "/api/invitations/preview/inv_aaaaaaaaaaaaaaaaaaaaaaaa%00",
          `/api/vendors/${vendorId}/products/%00`,
        ]) {
          const res = await t.request("GET", path);
          expect(res.status, path).toBe(404);
        }
      });
    });

    describe("dates", () => {
      it.each(["0000-01-01", "0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"])(
        "a calendar date of %s is refused with 400",
        async (date) => {
          await expectError(
            await t.request("POST", `/api/vendors/${vendorId}/products`, {
              name: "Old product",
              hostingModel: "on_premises",
              endOfSupport: date,
            }),
            400,
            "VALIDATION_FAILED",
            ["endOfSupport"],
          );
          await expectError(
            await t.request("GET", `/api/audit-events?from=${date}&to=${date}T00:00:00Z`),
            400,
            "VALIDATION_FAILED",
            ["from", "to"],
          );
        },
      );

      it("the first and the last day of the range are accepted", async () => {
        for (const date of ["1900-01-01", "2199-12-31"]) {
          const res = await t.request("POST", `/api/vendors/${vendorId}/products`, {
            name: `Product ${date}`,
            hostingModel: "on_premises",
            endOfSupport: date,
          });
          expect(res.status, date).toBe(201);
        }
      });
    });

    describe("numbers and shapes", () => {
      it.each([
        ["too large for the column", 1e300],
        ["negative", -1],
        ["fractional", 1.5],
        ["text", "12"],
      ])("a record count that is %s is refused with 400", async (_, recordCount) => {
        await expectError(
          await t.request("POST", `/api/vendors/${vendorId}/data-holdings`, {
            system: "Archive",
            environment: "archive",
            recordCount,
          }),
          400,
          "VALIDATION_FAILED",
          ["recordCount"],
        );
      });

      it("an amount too large to be real is refused with 400", async () => {
        await expectError(
          await t.request("POST", `/api/vendors/${vendorId}/incidents`, {
            title: "Ransomware",
            entryRoute: "phishing",
            consequences: [{ kind: "settlement", description: "Settled", amountUsd: 1e300 }],
          }),
          400,
          "VALIDATION_FAILED",
          ["consequences.0.amountUsd"],
        );
      });

      it.each([
        ["an array", "[]"],
        ["a string", '"vendor"'],
        ["null", "null"],
        ["a number", "42"],
        ["deeply nested arrays", `${"[".repeat(50_000)}${"]".repeat(50_000)}`],
        ["deeply nested objects", `${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}`],
      ])("%s where an object is expected is refused with 400", async (_, payload) => {
        const res = await t.request("POST", "/api/vendors", payload);
        expect([400], await res.clone().text()).toContain(res.status);
      });

      it.each([
        "page=1&page=2",
        "pageSize=1e400",
        "page=Infinity",
        "page=NaN",
        "page=-1",
        "pageSize=100000000000000000000",
        "sort=name&sort=criticality",
        "category=spaceship",
        "hasIncidents=maybe",
      ])("query %s is refused with 400", async (query) => {
        await expectError(await t.request("GET", `/api/vendors?${query}`), 400, "VALIDATION_FAILED");
      });
    });
  },
);
