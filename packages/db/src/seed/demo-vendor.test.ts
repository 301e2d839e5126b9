import { describe, expect, it } from "vitest";
import { DemoSeedContentError, type DemoVendor, parseDemoPortfolio, parseDemoVendor } from "./demo-vendor";
import { DEMO_VENDORS } from "./demo-vendors";

const source = { url: "https://example.org/report", title: "A report" };

const minimal = (overrides: Partial<DemoVendor> = {}): DemoVendor => ({
  seedKey: "example",
  vendor: { name: "Example Vendor", category: "ehr" },
  products: [],
  holdings: [],
  incidents: [],
  evidence: [],
  ...overrides,
});

describe("demo seed content", () => {
  it("the shipped portfolio passes the contract schemas and the seed's own rules", () => {
    expect(parseDemoPortfolio(DEMO_VENDORS)).toHaveLength(DEMO_VENDORS.length);
  });

  it("keeps at least two major EHR vendors with no incident at all", () => {
    const clean = DEMO_VENDORS.filter((v) => v.vendor.category === "ehr" && v.incidents.length === 0);
    expect(clean.map((v) => v.seedKey)).toEqual(expect.arrayContaining(["epic-systems", "meditech"]));
  });

  it("keeps the Oracle Health incident separate from Oracle's other 2025 incidents", () => {
    const oracle = DEMO_VENDORS.find((v) => v.seedKey === "oracle-health");
    const text = JSON.stringify(oracle?.incidents);
    expect(oracle?.incidents).toHaveLength(1);
    expect(text).not.toMatch(/rose87168|E-Business Suite|CVE-2021-35587/i);
  });

  it("rejects an incident without a source", () => {
    const entry = minimal({ incidents: [{ title: "Unsourced", attackVector: "unknown" }] });
    expect(() => parseDemoVendor(entry)).toThrow(/needs a source/);
  });

  it("rejects a date that does not cite its source", () => {
    const entry = minimal({
      incidents: [
        {
          title: "Half sourced",
          attackVector: "unknown",
          sources: [source],
          dates: [{ kind: "intrusion_start", date: "2024-01-01" }],
        },
      ],
    });
    expect(() => parseDemoVendor(entry)).toThrow(/must cite a source/);
  });

  it("rejects a public fact without a source URL", () => {
    const entry = minimal({
      evidence: [
        {
          isDemo: false,
          factor: "mfa.remote_access",
          value: false,
          statement: "No MFA.",
          observedOn: "2024-01-01",
        },
      ],
    });
    expect(() => parseDemoVendor(entry)).toThrow(/needs a source URL/);
  });

  it("rejects a holding that names a product the vendor does not have", () => {
    const entry = minimal({ holdings: [{ system: "Somewhere", environment: "legacy", product: "Missing" }] });
    expect(() => parseDemoVendor(entry)).toThrow(DemoSeedContentError);
  });

  it("names the vendor and field when a contract schema rejects the content", () => {
    const entry = minimal({ vendor: { name: "Bad", category: "ehr", website: "ftp://example.org" } });
    expect(() => parseDemoVendor(entry)).toThrow(/demo vendor "example" vendor: website/);
  });
});
