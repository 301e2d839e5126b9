import { entryRoute } from "@ward/contracts";
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

function vendor(seedKey: string): DemoVendor {
  const found = DEMO_VENDORS.find((v) => v.seedKey === seedKey);
  if (!found) throw new Error(`no demo vendor ${seedKey}`);
  return found;
}

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

  it("records how each seeded incident got in as a way in, never as a payload such as ransomware", () => {
    const routes = parseDemoPortfolio(DEMO_VENDORS).flatMap((v) => v.incidents.map((i) => i.entryRoute));
    expect(routes.length).toBeGreaterThanOrEqual(8);
    for (const route of routes) expect(entryRoute.options).toContain(route);
    expect(routes).not.toContain("ransomware");
  });

  it("records the Allscripts 2018 attack as an eight-day outage of EHR and e-prescribing with no data taken", () => {
    const [incident] = parseDemoVendor(vendor("allscripts")).incidents;
    expect(incident).toMatchObject({
      entryRoute: "unknown",
      dataTaken: "no",
      encryptedForExtortion: "yes",
      serviceOutage: "yes",
      outageDays: 8,
      servicesStopped: ["EHR", "e-prescribing"],
    });
  });

  it("records Change Healthcare 2024 as stolen credentials, data taken, extortion and a claims outage of unstated length", () => {
    const [incident] = parseDemoVendor(vendor("change-healthcare")).incidents;
    expect(incident).toMatchObject({
      entryRoute: "stolen_credentials",
      mfaAtEntry: "no",
      dataTaken: "yes",
      encryptedForExtortion: "yes",
      serviceOutage: "yes",
      outageDays: null,
    });
    expect(incident?.servicesStopped).toContain("claims processing");
  });

  it("leaves unknown what the Greenway and Oracle Health sources do not say", () => {
    const [greenway] = parseDemoVendor(vendor("greenway-health")).incidents;
    expect(greenway).toMatchObject({ entryRoute: "unknown", dataTaken: "unknown", serviceOutage: "yes" });
    const [oracle] = parseDemoVendor(vendor("oracle-health")).incidents;
    expect(oracle).toMatchObject({
      entryRoute: "stolen_credentials",
      dataTaken: "yes",
      encryptedForExtortion: "unknown",
      serviceOutage: "unknown",
      outageDays: null,
      servicesStopped: [],
    });
  });

  it("gives an outage length only to an incident that had an outage", () => {
    const incidents = parseDemoPortfolio(DEMO_VENDORS).flatMap((v) => v.incidents);
    const withLength = incidents.filter((i) => i.outageDays !== null || i.servicesStopped.length > 0);
    expect(withLength.length).toBeGreaterThan(0);
    expect(withLength.every((i) => i.serviceOutage === "yes")).toBe(true);
  });

  it("gives seeded evidence an honest assurance: public records as such, a named report as documented", () => {
    const evidence = parseDemoPortfolio(DEMO_VENDORS).flatMap((v) => v.evidence.map((e) => e.input));
    for (const e of evidence) {
      if (e.origin === "public_record") expect(e.assurance).toBe("public_record");
      if (e.origin === "vendor_attestation") expect(["self_attested", "documented"]).toContain(e.assurance);
      expect(e.document !== null).toBe(e.assurance === "documented");
    }
    const soc2 = evidence.find((e) => e.factor === "assurance.soc2_type2");
    expect(soc2).toMatchObject({ assurance: "documented", document: "soc2_type2" });
  });

  it("gives evidence seeded without an assurance the one its origin can vouch for", () => {
    const entry = minimal({
      evidence: [
        {
          isDemo: true,
          factor: "mfa.remote_access",
          value: true,
          statement: "Yes.",
          observedOn: "2024-01-01",
        },
        {
          isDemo: true,
          factor: "mfa.remote_access",
          value: false,
          statement: "No.",
          observedOn: "2024-01-01",
          origin: "public_record",
        },
      ],
    });
    expect(parseDemoVendor(entry).evidence.map((e) => e.input.assurance)).toEqual([
      "self_attested",
      "public_record",
    ]);
  });

  it("rejects an incident without a source", () => {
    const entry = minimal({ incidents: [{ title: "Unsourced", entryRoute: "unknown" }] });
    expect(() => parseDemoVendor(entry)).toThrow(/needs a source/);
  });

  it("rejects a date that does not cite its source", () => {
    const entry = minimal({
      incidents: [
        {
          title: "Half sourced",
          entryRoute: "unknown",
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
