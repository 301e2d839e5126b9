import { describe, expect, it } from "vitest";
import { FACTOR_GROUPS } from "./factor-groups";
import { exposureCurve } from "./holding-exposure";
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

// A million records with three sensitive categories is a full exposure, so a condition that holds in full costs
// its group's whole weight; a partial condition (a share of 0..1) scales the records before the log curve.
const UNSUPPORTED = FACTOR_GROUPS.unsupportedSystems.weight;
const REACH = FACTOR_GROUPS.loginReach.weight;
const UNENCRYPTED = FACTOR_GROUPS.unencrypted.weight;
const KEPT = FACTOR_GROUPS.keptTooLong.weight;
const round = (value: number) => Math.round(value * 10) / 10;
function at(weight: number, share: number, records = 1_000_000, sensitivity = 1): number {
  return round(weight * exposureCurve(records * sensitivity * share));
}
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
    // v2 charges what a copy outside production lets happen (reach, no encryption, no support, kept too long),
    // not its being there: a legacy, archive or migration copy with every control in place costs nothing.
    ["a legacy copy with every control in place", { environment: "legacy" }, {}],
    ["an archive with every control in place", { environment: "archive" }, {}],
    ["a migration copy with every control in place", { environment: "migration_staging" }, {}],
    ["a backup inside its retention period is normal", { environment: "backup" }, {}],
    [
      "a backup kept past its retention date",
      { environment: "backup", retentionEnd: "2026-01-31" },
      { "holding.retained_past_retention_end": at(KEPT, 1) },
    ],
    [
      "a system past end of support",
      { endOfSupport: "2026-11-26" },
      { "holding.past_end_of_support": at(UNSUPPORTED, 1) },
    ],
    ["end of support on the day scored has not passed yet", { endOfSupport: AS_OF }, {}],
    [
      "a stalled migration",
      { migrationStatus: "stalled" },
      { "holding.migration_incomplete": at(UNSUPPORTED, 1) },
    ],
    [
      "a migration nobody has started costs more than one in progress",
      { migrationStatus: "not_started" },
      { "holding.migration_incomplete": at(UNSUPPORTED, 0.9) },
    ],
    [
      "a migration in progress",
      { migrationStatus: "in_progress" },
      { "holding.migration_incomplete": at(UNSUPPORTED, 0.6) },
    ],
    [
      "a planned migration",
      { migrationStatus: "planned" },
      { "holding.migration_incomplete": at(UNSUPPORTED, 0.5) },
    ],
    ["a completed migration", { migrationStatus: "completed" }, {}],
    [
      "unencrypted production data counts half",
      { encryptedAtRest: "no" },
      { "holding.unencrypted": at(UNENCRYPTED, 0.5) },
    ],
    [
      "unknown encryption in production counts the unknown share of half",
      { encryptedAtRest: "unknown" },
      { "holding.unencrypted": at(UNENCRYPTED, 0.45 * 0.5) },
    ],
    [
      "an unencrypted legacy copy counts in full",
      { environment: "legacy", encryptedAtRest: "no" },
      { "holding.unencrypted": at(UNENCRYPTED, 1) },
    ],
    [
      "a legacy copy reachable with hospital logins",
      { environment: "legacy", reachableWithCustomerCredentials: "yes" },
      { "holding.reachable_with_customer_credentials": at(REACH, 1) },
    ],
    [
      "unknown reach into a legacy copy costs the unknown share",
      { environment: "legacy", reachableWithCustomerCredentials: "unknown" },
      { "holding.reachable_with_customer_credentials": at(REACH, 0.45) },
    ],
    [
      "hospital logins reaching production are the point of the service",
      { reachableWithCustomerCredentials: "yes" },
      {},
    ],
    [
      "data kept past its retention date",
      { retentionEnd: "2025-06-30" },
      { "holding.retained_past_retention_end": at(KEPT, 1) },
    ],
    [
      "a destruction claim without proof still counts half the data",
      { environment: "archive", destroyedOn: "2026-01-15" },
      { "holding.destruction_unproven": at(KEPT, 0.5) },
    ],
    [
      "the vendor's word alone is no proof of destruction",
      { environment: "archive", destroyedOn: "2026-01-15", destructionAssurance: "self_attested" },
      { "holding.destruction_unproven": at(KEPT, 0.5) },
    ],
    [
      "a documented destruction removes every factor",
      {
        environment: "legacy",
        encryptedAtRest: "no",
        reachableWithCustomerCredentials: "yes",
        migrationStatus: "stalled",
        retentionEnd: "2025-06-30",
        destroyedOn: "2026-01-15",
        destructionEvidence: "Certificate of destruction no. 4411",
        destructionAssurance: "documented",
      },
      {},
    ],
    [
      "a destruction dated after the day scored has not happened yet",
      {
        environment: "archive",
        retentionEnd: "2025-06-30",
        destroyedOn: "2027-01-15",
        destructionEvidence: "Certificate",
        destructionAssurance: "verified",
      },
      { "holding.retained_past_retention_end": at(KEPT, 1) },
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(pointsByFactor(legacyOf(withHolding(overrides)))).toEqual(expected);
  });

  it("scales a holding's points by its size and sensitivity", () => {
    const reachable = { environment: "legacy", reachableWithCustomerCredentials: "yes" } as const;
    const small = legacyOf(withHolding({ ...reachable, recordCount: 999, phiCategories: ["name"] }));
    // Names alone count half: 999 records weigh as 499.5 on the log curve.
    const reach = "holding.reachable_with_customer_credentials";
    expect(contributionOf(small, reach).points).toBe(at(REACH, 1, 999, 0.5));
    const unknown = legacyOf(withHolding({ ...reachable, recordCount: null, phiCategories: [] }));
    // An unknown size is taken as 100,000 records and unknown kinds of data at 0.8, never as small; the range
    // runs from nothing to a million sensitive records.
    expect(contributionOf(unknown, reach)).toMatchObject({
      points: at(REACH, 1, 100_000, 0.8),
      basis: "missing",
    });
    expect(unknown.range.high - unknown.range.low).toBeGreaterThanOrEqual(REACH - 0.1);
  });

  it("a former vendor still holding data is a factor of its own", () => {
    const profile = withHolding({}, { vendor: buildVendor({ relationshipStatus: "former", name: "PJ&A" }) });
    const item = contributionOf(legacyOf(profile), "holding.held_by_former_vendor");
    expect(item.points).toBe(at(KEPT, 1));
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
      "Acme cloud holds 1.0 million patient records on Millennium 2018, whose support ended on 31 Dec 2024, so security fixes no longer arrive.",
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
    // Nobody knows what data it holds: 0.6 of the group, anywhere from 0.3 to all of it.
    expect(pointsByFactor(alone)).toEqual({ "product.past_end_of_support": round(UNSUPPORTED * 0.6) });
    const onHolding = legacyOf(
      buildProfile({
        products: [product],
        dataHoldings: [buildHolding({ productId: "p-old" })],
        evidence: goodEvidence(),
      }),
    );
    expect(pointsByFactor(onHolding)).toEqual({ "holding.past_end_of_support": UNSUPPORTED });
  });

  it("an incident through a legacy system counts by its recency", () => {
    const incident = buildIncident({ legacySystemInvolved: "yes" });
    const profile = buildProfile({
      dataHoldings: [buildHolding()],
      incidents: [incident],
      evidence: goodEvidence(),
    });
    expect(pointsByFactor(legacyOf(profile))).toEqual({ "incident.legacy_system_involved": UNSUPPORTED });
    const unknown = buildProfile({
      dataHoldings: [buildHolding()],
      incidents: [buildIncident({ legacySystemInvolved: "unknown" })],
      evidence: goodEvidence(),
    });
    expect(pointsByFactor(legacyOf(unknown))).toEqual({
      "incident.legacy_system_involved": round(UNSUPPORTED * 0.45),
    });
  });

  it("with no holding recorded, asks where the data sits", () => {
    const item = contributionOf(
      legacyOf(buildProfile({ evidence: goodEvidence() })),
      "inventory.no_holdings_recorded",
    );
    expect(item).toMatchObject({
      points: round(FACTOR_GROUPS.unknownLocations.weight * 0.45),
      source: { kind: "missing", id: null, url: null },
      basis: "missing",
    });
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
    expect(contributionOf(legacy, "holding.migration_incomplete").explanation).toBe(
      "The migration of Legacy Cerner data-migration servers is still under way, so 184,000 patient records sit in two places until it finishes.",
    );
    expect(contributionOf(legacy, "holding.reachable_with_customer_credentials").explanation).toBe(
      "Legacy Cerner data-migration servers, a copy outside production holding 184,000 patient records, can be reached with the hospital's own staff logins, and nobody has confirmed that those logins require multifactor authentication.",
    );
    expect(contributionOf(legacy, "holding.reachable_with_customer_credentials").source).toEqual({
      kind: "data_holding",
      id: "holding-1",
      url: null,
    });
  });

  it("charges each group once, however many copies are at their worst, and sorts the largest reason first", () => {
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
    // Every holding group at its full weight, once, whatever the number of copies.
    for (const group of [
      FACTOR_GROUPS.unsupportedSystems,
      FACTOR_GROUPS.loginReach,
      FACTOR_GROUPS.unencrypted,
      FACTOR_GROUPS.keptTooLong,
    ]) {
      const charged = legacy.contributions
        .filter((c) => c.group === group.id)
        .reduce((sum, c) => sum + c.points, 0);
      expect(charged, group.id).toBeCloseTo(group.weight, 5);
    }
    expect(legacy.score).toBeLessThanOrEqual(100);
    expect(legacy.tier).toBe("critical");
    const points = legacy.contributions.map((c) => c.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
  });

  it("splitting a copy into two with the same facts leaves score, range and coverage as they were", () => {
    const known = buildHolding({
      id: "known",
      environment: "archive",
      reachableWithCustomerCredentials: "yes",
      recordCount: null,
    });
    const unknown = buildHolding({
      id: "unknown",
      environment: "backup",
      reachableWithCustomerCredentials: "unknown",
      recordCount: 40_000,
    });
    const whole = legacyOf(buildProfile({ dataHoldings: [known, unknown] }));
    const split = legacyOf(
      buildProfile({
        dataHoldings: [
          known,
          { ...unknown, recordCount: 20_000 },
          { ...unknown, id: "unknown-2", recordCount: 20_000 },
        ],
      }),
    );
    expect([split.score, split.range, split.coverage]).toEqual([whole.score, whole.range, whole.coverage]);
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
    destructionAssurance: null,
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
      destructionAssurance: "documented" as const,
    };
    const after = scoreVendor({ ...profile, dataHoldings: [destroyed] }, {}, "2026-11-27").dimensions
      .legacyDataExposure;
    expect(after.score).toBeLessThanOrEqual(before);
    expect(after.contributions.some((c) => c.factorId === "product.past_end_of_support")).toBe(false);
  });

  it("a product with no holding recorded on it still counts on its own", () => {
    const result = scoreVendor({ ...profile, dataHoldings: [] }, {}, "2026-11-27").dimensions
      .legacyDataExposure;
    expect(result.contributions.find((c) => c.factorId === "product.past_end_of_support")?.points).toBe(
      Math.round(FACTOR_GROUPS.unsupportedSystems.weight * 0.6 * 10) / 10,
    );
  });
});
