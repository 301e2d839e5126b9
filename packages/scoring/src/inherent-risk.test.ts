import { describe, expect, it } from "vitest";
import { scoreVendor } from "./score-vendor";
import { AS_OF, buildHolding, buildProduct, buildProfile, buildVendor } from "./testing/profile-builders";
import { contributionOf, pointsByFactor } from "./testing/score-lookups";
import type { VendorRiskProfile } from "./types";

const inherentOf = (profile: VendorRiskProfile) => scoreVendor(profile, {}, AS_OF).inherent;

describe("inherent risk and reassessment cadence", () => {
  it("a critical, vendor-hosted EHR holding a million sensitive records is Critical: reassess every 6 months", () => {
    const profile = buildProfile({
      vendor: buildVendor({ criticality: "critical" }),
      products: [buildProduct()],
      dataHoldings: [buildHolding()],
    });
    const inherent = inherentOf(profile);
    expect(pointsByFactor(inherent)).toEqual({
      "inherent.criticality": 35,
      "inherent.phi_volume": 30,
      "inherent.phi_sensitivity": 15,
      "inherent.integration": 12,
    });
    expect(inherent).toMatchObject({ score: 92, tier: "critical", reassessmentMonths: 6 });
  });

  it("a low-criticality on-premises tool with a hundred names is Low: reassess every 36 months", () => {
    const profile = buildProfile({
      vendor: buildVendor({ criticality: "low" }),
      products: [buildProduct({ hostingModel: "on_premises" })],
      dataHoldings: [buildHolding({ recordCount: 100, phiCategories: ["name"] })],
    });
    // 5 for criticality, 6.2 for 100 records (log10(1 + 100/10) / log10(1 + 1,000,000/10) of 30), 5 on premises.
    expect(inherentOf(profile)).toMatchObject({ score: 16.2, tier: "low", reassessmentMonths: 36 });
  });

  it.each<[VendorRiskProfile["vendor"]["criticality"], number, number]>([
    ["moderate", 42, 24],
    ["high", 52, 12],
  ])("criticality %s gives %d points in total and a %d-month cadence", (criticality, score, months) => {
    const profile = buildProfile({
      vendor: buildVendor({ criticality }),
      products: [buildProduct({ hostingModel: "hybrid" })],
      dataHoldings: [buildHolding({ recordCount: 999, phiCategories: ["name", "ssn"] })],
    });
    // 15 or 25 for criticality, 12 for 999 records (0.4 of 30), 5 for one sensitive kind, 10 for a hybrid product.
    expect(inherentOf(profile)).toMatchObject({ score, reassessmentMonths: months });
  });

  it("nothing recorded is never taken as small", () => {
    const inherent = inherentOf(buildProfile({ vendor: buildVendor({ criticality: "low" }) }));
    // 5 + 60% of 30 + 60% of 15 + 60% of 12.
    expect(inherent.score).toBe(39.2);
    expect(contributionOf(inherent, "inherent.phi_volume").question).toBe(
      "How many of our patients' records does each of your systems hold?",
    );
  });

  it("more products deepen the integration, up to 8 extra points", () => {
    const products = Array.from({ length: 9 }, (_, i) => buildProduct({ id: `p${i}` }));
    const inherent = inherentOf(buildProfile({ products }));
    expect(contributionOf(inherent, "inherent.integration").points).toBe(20);
  });
});
