import type { EvidenceCatalogueResponse, EvidenceDto } from "@ward/contracts";
import { evidenceCatalogueResponse } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

describe.each(testDatabases())("evidence catalogue, what it offers, on $name", (database) => {
  let t: TestApp;
  let base: string;
  let catalogue: EvidenceCatalogueResponse;
  beforeAll(async () => {
    t = await openTestApp(database);
    const vendor = await t.request("POST", "/api/vendors", { name: "Catalogued", category: "scheduling" });
    base = `/api/vendors/${((await vendor.json()) as { id: string }).id}/evidence`;
    catalogue = evidenceCatalogueResponse.parse(
      await (await t.request("GET", "/api/evidence-catalogue")).json(),
    );
  });
  afterAll(() => t.close());

  it("lists each fact with its label, question, values and dimension", () => {
    const remote = catalogue.items.find((item) => item.key === "mfa.remote_access");
    expect(remote).toMatchObject({
      label: "MFA on remote access",
      valueKind: "coverage",
      dimension: "credentialHygiene",
      number: { unit: "share", min: 0, max: 1 },
    });
    expect(remote?.question).toMatch(/\?$/);
    expect(remote?.choices.map((choice) => choice.value)).toEqual([true, "partial", false, "unknown"]);
    const kept = catalogue.items.find((item) => item.key === "assurance.soc2_type2");
    expect(kept).toMatchObject({ valueKind: "boolean", dimension: null, number: null });
  });

  it("accepts every catalogue key with each value it offers, and changing one keeps it valid", async () => {
    for (const item of catalogue.items) {
      const values = [
        ...item.choices.map((choice) => choice.value),
        ...(item.number ? [item.number.min] : []),
      ];
      for (const value of values) {
        const res = await t.request("POST", base, {
          factor: item.key,
          value,
          statement: `Checked ${item.label}`,
          observedOn: "2026-01-15",
        });
        expect(res.status, `${item.key} = ${JSON.stringify(value)}`).toBe(201);
      }
    }
  });

  it("lets an analyst change the key and value together, and the notes alone", async () => {
    const created = (await (
      await t.request("POST", base, {
        factor: "mfa.admin",
        value: 0.5,
        statement: "Half the admins use MFA",
        observedOn: "2026-02-01",
      })
    ).json()) as EvidenceDto;
    const changed = await t.request("PATCH", `${base}/${created.id}`, {
      factor: "offboarding.access_revoked_days",
      value: 3,
    });
    expect(changed.status).toBe(200);
    expect((await changed.json()) as EvidenceDto).toMatchObject({
      factor: "offboarding.access_revoked_days",
      value: 3,
    });
    const noted = await t.request("PATCH", `${base}/${created.id}`, { notes: "Confirmed on a call" });
    expect(noted.status).toBe(200);
  });
});
