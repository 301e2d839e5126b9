import { describe, expect, it } from "vitest";
import { scoreVendor } from "./score-vendor";
import {
  AS_OF,
  buildHolding,
  buildIncident,
  buildProduct,
  buildProfile,
  buildVendor,
  claim,
} from "./testing/profile-builders";
import { contributionOf, goodEvidence, pointsByFactor } from "./testing/score-lookups";
import type { ScoringHolding, VendorRiskProfile } from "./types";

// A million records with three sensitive categories gives the holding an exposure weight of exactly 1, so the
// expected points below are the factor's own points.
const legacyOf = (profile: VendorRiskProfile) =>
  scoreVendor(profile, {}, AS_OF).dimensions.legacyDataExposure;
const withHolding = (overrides: Partial<ScoringHolding>, extra: Partial<VendorRiskProfile> = {}) =>
  buildProfile({
    dataHoldings: [buildHolding(overrides)],
    evidence: goodEvidence("legacyDataExposure"),
    ...extra,
  });

describe("legacy-data exposure, factor by factor", () => {
  it.each<[string, Partial<ScoringHolding>, Record<string, number>]>([
    ["an encrypted production copy out of reach costs nothing", {}, {}],
    [
      "a legacy copy sits outside the main system",
      { environment: "legacy" },
      { "holding.outside_production": 15 },
    ],
    [
      "an archive sits outside the main system",
      { environment: "archive" },
      { "holding.outside_production": 15 },
    ],
    [
      "a migration copy sits outside the main system",
      { environment: "migration_staging" },
      { "holding.outside_production": 15 },
    ],
    ["a backup inside its retention period is normal", { environment: "backup" }, {}],
    [
      "a backup kept past its retention date counts twice",
      { environment: "backup", retentionEnd: "2026-01-31" },
      { "holding.outside_production": 15, "holding.retained_past_retention_end": 15 },
    ],
    ["a system past end of support", { endOfSupport: "2026-11-26" }, { "holding.past_end_of_support": 15 }],
    ["end of support on the day scored has not passed yet", { endOfSupport: AS_OF }, {}],
    ["a stalled migration", { migrationStatus: "stalled" }, { "holding.migration_incomplete": 12 }],
    ["a migration in progress", { migrationStatus: "in_progress" }, { "holding.migration_incomplete": 8 }],
    ["a planned migration", { migrationStatus: "planned" }, { "holding.migration_incomplete": 6 }],
    [
      "a migration nobody has started costs more than a planned one",
      { migrationStatus: "not_started" },
      { "holding.migration_incomplete": 10 },
    ],
    ["a completed migration", { migrationStatus: "completed" }, {}],
    ["unencrypted production data counts half", { encryptedAtRest: "no" }, { "holding.unencrypted": 7.5 }],
    ["unknown encryption in production", { encryptedAtRest: "unknown" }, { "holding.unencrypted": 4.5 }],
    [
      "an unencrypted legacy copy counts in full",
      { environment: "legacy", encryptedAtRest: "no" },
      { "holding.outside_production": 15, "holding.unencrypted": 15 },
    ],
    [
      "a legacy copy reachable with hospital logins",
      { environment: "legacy", reachableWithCustomerCredentials: "yes" },
      { "holding.outside_production": 15, "holding.reachable_with_customer_credentials": 15 },
    ],
    [
      "unknown reach into a legacy copy costs 60%",
      { environment: "legacy", reachableWithCustomerCredentials: "unknown" },
      { "holding.outside_production": 15, "holding.reachable_with_customer_credentials": 9 },
    ],
    [
      "hospital logins reaching production are the point of the service",
      { reachableWithCustomerCredentials: "yes" },
      {},
    ],
    [
      "data kept past its retention date",
      { retentionEnd: "2025-06-30" },
      { "holding.retained_past_retention_end": 15 },
    ],
    [
      "a destruction claim without proof still counts the data",
      { environment: "archive", destroyedOn: "2026-01-15" },
      { "holding.outside_production": 15, "holding.destruction_unproven": 5 },
    ],
    [
      "a proven destruction removes every factor",
      {
        environment: "legacy",
        encryptedAtRest: "no",
        reachableWithCustomerCredentials: "yes",
        migrationStatus: "stalled",
        retentionEnd: "2025-06-30",
        destroyedOn: "2026-01-15",
        destructionEvidence: "Certificate of destruction no. 4411",
      },
      {},
    ],
    [
      "a destruction dated after the day scored has not happened yet",
      { environment: "archive", destroyedOn: "2027-01-15", destructionEvidence: "Certificate" },
      { "holding.outside_production": 15 },
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(pointsByFactor(legacyOf(withHolding(overrides)))).toEqual(expected);
  });

  it("scales a holding's points by its size and sensitivity", () => {
    const small = legacyOf(withHolding({ environment: "legacy", recordCount: 999, phiCategories: ["name"] }));
    // log10(1000)/6 = 0.5 for size, 0.5 for names only: a quarter of the 15 points.
    expect(contributionOf(small, "holding.outside_production").points).toBe(3.8);
    const unknown = legacyOf(withHolding({ environment: "legacy", recordCount: null, phiCategories: [] }));
    // Unknown size and unknown kinds of data are each taken at 0.8, never as small.
    expect(contributionOf(unknown, "holding.outside_production").points).toBe(9.6);
  });

  it("a former vendor still holding data is a factor of its own", () => {
    const profile = withHolding({}, { vendor: buildVendor({ relationshipStatus: "former", name: "PJ&A" }) });
    const item = contributionOf(legacyOf(profile), "holding.held_by_former_vendor");
    expect(item.points).toBe(12);
    expect(item.explanation).toBe(
      "PJ&A is a former vendor but still holds 1.0 million patient records in Acme cloud.",
    );
    expect(item.question).toMatch(/certify/);
  });

  it("takes end of support from the product when the holding has none", () => {
    const profile = withHolding(
      { productId: "product-1" },
      { products: [buildProduct({ name: "Millennium 2018", endOfSupport: "2024-12-31" })] },
    );
    expect(contributionOf(legacyOf(profile), "holding.past_end_of_support").explanation).toBe(
      "Acme cloud runs on Millennium 2018, whose support ended on 31 Dec 2024, so security fixes no longer arrive.",
    );
  });

  it("counts a product past end of support once, on its own when no holding runs on it", () => {
    const product = buildProduct({
      id: "p-old",
      name: "File transfer appliance",
      endOfSupport: "2019-02-01",
    });
    const alone = legacyOf(
      buildProfile({ products: [product], dataHoldings: [buildHolding()], evidence: goodEvidence() }),
    );
    expect(pointsByFactor(alone)).toEqual({ "product.past_end_of_support": 10 });
    const onHolding = legacyOf(
      buildProfile({
        products: [product],
        dataHoldings: [buildHolding({ productId: "p-old" })],
        evidence: goodEvidence(),
      }),
    );
    expect(pointsByFactor(onHolding)).toEqual({ "holding.past_end_of_support": 15 });
  });

  it("an incident through a legacy system counts by its recency", () => {
    const incident = buildIncident({ legacySystemInvolved: "yes" });
    const profile = buildProfile({
      dataHoldings: [buildHolding()],
      incidents: [incident],
      evidence: goodEvidence(),
    });
    expect(pointsByFactor(legacyOf(profile))).toEqual({ "incident.legacy_system_involved": 10 });
    const unknown = buildProfile({
      dataHoldings: [buildHolding()],
      incidents: [buildIncident({ legacySystemInvolved: "unknown" })],
      evidence: goodEvidence(),
    });
    expect(pointsByFactor(legacyOf(unknown))).toEqual({ "incident.legacy_system_involved": 6 });
  });

  it("with no holding recorded, asks where the data sits", () => {
    const item = contributionOf(
      legacyOf(buildProfile({ evidence: goodEvidence() })),
      "inventory.no_holdings_recorded",
    );
    expect(item).toMatchObject({ points: 6, source: { kind: "missing", id: null, url: null } });
    expect(item.question).toBe(
      "Which systems hold our patient data, including backups, archives and copies left from migrations?",
    );
  });

  it("explains the Oracle Health kind of exposure in plain words", () => {
    const profile = withHolding({
      system: "Legacy Cerner data-migration servers",
      environment: "migration_staging",
      recordCount: 184_000,
      reachableWithCustomerCredentials: "yes",
      migrationStatus: "in_progress",
    });
    const legacy = legacyOf(profile);
    expect(contributionOf(legacy, "holding.outside_production").explanation).toBe(
      "184,000 patient records sit in Legacy Cerner data-migration servers, a migration copy outside the vendor's main production system.",
    );
    expect(contributionOf(legacy, "holding.reachable_with_customer_credentials").explanation).toBe(
      "The data in Legacy Cerner data-migration servers can be reached with the hospital's own staff logins, so one stolen hospital password opens it.",
    );
    expect(contributionOf(legacy, "holding.outside_production").source).toEqual({
      kind: "data_holding",
      id: "holding-1",
      url: null,
    });
  });

  it("caps the dimension at 100 and sorts the largest reason first", () => {
    const worst: Partial<ScoringHolding> = {
      environment: "legacy",
      encryptedAtRest: "no",
      reachableWithCustomerCredentials: "yes",
      migrationStatus: "stalled",
      endOfSupport: "2020-01-01",
      retentionEnd: "2021-01-01",
    };
    const profile = buildProfile({
      dataHoldings: [buildHolding({ ...worst, id: "a" }), buildHolding({ ...worst, id: "b" })],
    });
    const legacy = legacyOf(profile);
    expect(legacy.score).toBe(100);
    expect(legacy.tier).toBe("critical");
    const points = legacy.contributions.map((c) => c.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
  });

  it("confidence rises as holdings and answers become known", () => {
    const unknown = legacyOf(
      buildProfile({
        dataHoldings: [
          buildHolding({
            environment: "legacy",
            encryptedAtRest: "unknown",
            reachableWithCustomerCredentials: "unknown",
            recordCount: null,
            phiCategories: [],
          }),
        ],
      }),
    );
    const known = legacyOf(withHolding({ environment: "legacy" }));
    expect(unknown.confidence).toBe(0);
    expect(known.confidence).toBe(1);
  });

  it("ignores an incident that had not begun on the day scored", () => {
    const future = buildIncident({
      legacySystemInvolved: "yes",
      dates: [claim("intrusion_start", "2027-02-01")],
    });
    const profile = buildProfile({
      dataHoldings: [buildHolding()],
      incidents: [future],
      evidence: goodEvidence(),
    });
    expect(pointsByFactor(legacyOf(profile))).toEqual({});
  });
});

describe("destroying data never brings a product's end-of-support points back", () => {
  // Found by the "adding a control never raises any score" property: a product past end of support whose only
  // holding (of zero records) was destroyed used to count again on its own at full points.
  const holding: ScoringHolding = {
    id: "holding-1",
    system: "Legacy servers",
    productId: "product-0",
    environment: "production",
    recordCount: 0,
    phiCategories: [],
    encryptedAtRest: "yes",
    reachableWithCustomerCredentials: "yes",
    migrationStatus: "not_applicable",
    endOfSupport: null,
    retentionEnd: null,
    destroyedOn: null,
    destructionEvidence: null,
  };
  const profile: VendorRiskProfile = {
    vendor: { id: "vendor", name: "Vendor", criticality: "low", relationshipStatus: "prospect" },
    products: [{ id: "product-0", name: "Product", hostingModel: "on_premises", endOfSupport: "2008-01-01" }],
    dataHoldings: [holding],
    incidents: [],
    evidence: [],
  };

  it("scores no higher after the holding is destroyed", () => {
    const before = scoreVendor(profile, {}, "2026-11-27").dimensions.legacyDataExposure.score;
    const destroyed = {
      ...holding,
      destroyedOn: "2026-11-01",
      destructionEvidence: "Certificate of destruction",
    };
    const after = scoreVendor({ ...profile, dataHoldings: [destroyed] }, {}, "2026-11-27").dimensions
      .legacyDataExposure;
    expect(after.score).toBeLessThanOrEqual(before);
    expect(after.contributions.some((c) => c.factorId === "product.past_end_of_support")).toBe(false);
  });

  it("a product with no holding recorded on it still counts on its own", () => {
    const result = scoreVendor({ ...profile, dataHoldings: [] }, {}, "2026-11-27").dimensions
      .legacyDataExposure;
    expect(result.contributions.find((c) => c.factorId === "product.past_end_of_support")?.points).toBe(10);
  });
});
