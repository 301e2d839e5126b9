import type { ErrorEnvelope, EvidenceDto } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app";

const fact = { statement: "Checked with the vendor", observedOn: "2026-03-01" };

describe.each(testDatabases())("evidence outside the catalogue is refused on $name", (database) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    const vendor = await t.request("POST", "/api/vendors", { name: "Strict", category: "telehealth" });
    base = `/api/vendors/${((await vendor.json()) as { id: string }).id}/evidence`;
  });
  afterAll(() => t.close());

  const issuesOf = async (res: Response) => {
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.code).toBe("VALIDATION_FAILED");
    return body.error.issues ?? [];
  };
  const count = async () =>
    ((await (await t.request("GET", base)).json()) as { items: unknown[] }).items.length;

  it("a mistyped key is refused with a message that names it, and nothing is stored", async () => {
    const before = await count();
    const issues = await issuesOf(
      await t.request("POST", base, { ...fact, factor: "mfa.remote_acess", value: true }),
    );
    expect(issues).toEqual([{ path: "factor", message: expect.stringContaining('"mfa.remote_acess"') }]);
    expect(await count()).toBe(before);
  });

  it.each<[string, unknown]>([
    ["mfa.remote_access", "sometimes"],
    ["mfa.remote_access", 250],
    ["offboarding.access_revoked_days", -3],
    ["offboarding.access_revoked_days", true],
    ["notification.vendor_notifies_patients", 7],
    ["assurance.soc2_type2", "partial"],
  ])("%s refuses the value %j, naming the key", async (factor, value) => {
    const issues = await issuesOf(await t.request("POST", base, { ...fact, factor, value }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("value");
    expect(issues[0]?.message).toContain(factor);
  });

  it("a new key is checked against the stored value, and a refused change leaves the record as it was", async () => {
    const created = (await (
      await t.request("POST", base, { ...fact, factor: "secrets.rotation_days", value: 90 })
    ).json()) as EvidenceDto;
    const issues = await issuesOf(
      await t.request("PATCH", `${base}/${created.id}`, { factor: "notification.vendor_notifies_patients" }),
    );
    expect(issues[0]).toMatchObject({
      path: "value",
      message: expect.stringContaining("notification.vendor_notifies_patients"),
    });
    expect(
      await issuesOf(await t.request("PATCH", `${base}/${created.id}`, { value: "quarterly" })),
    ).toMatchObject([{ path: "value" }]);
    const stored = (await (await t.request("GET", `${base}/${created.id}`)).json()) as EvidenceDto;
    expect(stored).toMatchObject({ factor: "secrets.rotation_days", value: 90 });
  });
});
