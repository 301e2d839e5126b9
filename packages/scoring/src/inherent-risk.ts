import type { Criticality, HostingModel, PhiCategory } from "@ward/contracts";
import { makeContribution, sortContributions } from "./contributions";
import { exposureCurve, isProvenDestroyed } from "./holding-exposure";
import { categoryWordList, SENSITIVE_CATEGORIES, sensitiveBit } from "./incident-severity";
import { formatCount } from "./plain-language";
import type { ScoringContext } from "./scoring-context";
import { REASSESSMENT_MONTHS, scoreFromPoints, tierOf } from "./tiers";
import type { InherentRisk, ScoreContribution, ScoringHolding } from "./types";

/** Points by the hospital's own rating of how much care and operations depend on the vendor. */
export const CRITICALITY_POINTS: Readonly<Record<Criticality, number>> = {
  low: 5,
  moderate: 15,
  high: 25,
  critical: 35,
};
/** Full at a million records or more held, on a log10 scale. */
export const VOLUME_POINTS = 30;
/** Full at three or more sensitive PHI categories held. */
export const SENSITIVITY_POINTS = 15;
/** Deepest hosting model, plus 2 for each product beyond the first (at most 8). */
export const HOSTING_POINTS: Readonly<Record<HostingModel, number>> = {
  vendor_hosted: 12,
  cloud: 12,
  hybrid: 10,
  on_premises: 5,
};
const EXTRA_PRODUCT_POINTS = 2;
/**
 * Share of a factor's points that an unknown volume, kind of data or integration costs. Above one half: inherent
 * risk sets how often a vendor is reassessed, and a vendor whose holdings nobody has described should not be left
 * for three years.
 */
export const INHERENT_UNKNOWN_SHARE = 0.6;
const MAX_EXTRA_PRODUCT_POINTS = 8;

/**
 * The sensitive categories any of the holdings holds, in the order of `SENSITIVE_CATEGORIES`: one pass that
 * marks a bit per category, rather than a search of every holding for each category.
 */
function sensitiveHeld(holdings: readonly ScoringHolding[]): PhiCategory[] {
  let held = 0;
  for (const holding of holdings) {
    for (const category of holding.phiCategories) held |= sensitiveBit(category);
  }
  const sensitive: PhiCategory[] = [];
  if (held === 0) return sensitive;
  for (const category of SENSITIVE_CATEGORIES) {
    if ((held & sensitiveBit(category)) !== 0) sensitive.push(category);
  }
  return sensitive;
}

/**
 * Inherent risk: what the relationship puts at stake before any control is considered, from clinical
 * criticality, the volume and sensitivity of PHI the vendor holds, and how deeply it is integrated (who hosts
 * the data and how many products). Sets the reassessment cadence: Critical every 6 months, High 12,
 * Moderate 24, Low 36.
 */
export function scoreInherentRisk(context: ScoringContext): InherentRisk {
  const { profile, asOfDay } = context;
  const { vendor } = profile;
  const vendorSource = { kind: "vendor" as const, id: vendor.id, url: null };
  const live: ScoringHolding[] = [];
  for (const holding of profile.dataHoldings) if (!isProvenDestroyed(holding, asOfDay)) live.push(holding);
  const list: ScoreContribution[] = [];

  list.push(
    makeContribution(
      context,
      "inherent.criticality",
      "Clinical and operational criticality",
      CRITICALITY_POINTS[vendor.criticality],
      vendorSource,
      `The hospital rates ${vendor.name} as ${vendor.criticality} to patient care and operations.`,
      null,
      "fact",
    ),
  );

  let knownRecords = 0;
  let unknownCounts = profile.dataHoldings.length === 0;
  let largest: ScoringHolding | undefined;
  for (const holding of live) {
    if (holding.recordCount === null) unknownCounts = true;
    else knownRecords += holding.recordCount;
    if (!largest || (holding.recordCount ?? 0) > (largest.recordCount ?? 0)) largest = holding;
  }
  // Uncounted copies are never taken as small: the volume is at least the unknown share of the full points.
  let volumeShare = exposureCurve(knownRecords);
  if (unknownCounts) volumeShare = Math.max(volumeShare, INHERENT_UNKNOWN_SHARE);
  list.push(
    makeContribution(
      context,
      "inherent.phi_volume",
      "Volume of patient records held",
      VOLUME_POINTS * volumeShare,
      largest
        ? { kind: "data_holding", id: largest.id, url: null }
        : { kind: "missing", id: null, url: null },
      profile.dataHoldings.length === 0
        ? `Ward does not know how many patient records ${vendor.name} holds, so it assumes a large number.`
        : live.length === 0
          ? `${vendor.name} no longer holds any of the hospital's patient records; every copy was destroyed with proof.`
          : unknownCounts
            ? `${vendor.name} holds at least ${formatCount(knownRecords)} patient records, and the size of some copies is unknown.`
            : `${vendor.name} holds about ${formatCount(knownRecords)} patient records across ${live.length === 1 ? "1 system" : `${live.length} systems`}.`,
      unknownCounts ? "How many of our patients' records does each of your systems hold?" : null,
      unknownCounts ? "missing" : "fact",
    ),
  );

  // A holding with no categories recorded is unknown, not harmless; so is a vendor with no holding recorded.
  let categoriesUnknown = profile.dataHoldings.length === 0;
  for (const holding of live) if (holding.phiCategories.length === 0) categoriesUnknown = true;
  const sensitive = sensitiveHeld(live);
  let sensitivityShare = Math.min(1, sensitive.length / 3);
  if (categoriesUnknown) sensitivityShare = Math.max(sensitivityShare, INHERENT_UNKNOWN_SHARE);
  list.push(
    makeContribution(
      context,
      "inherent.phi_sensitivity",
      "Sensitivity of patient data held",
      SENSITIVITY_POINTS * sensitivityShare,
      vendorSource,
      sensitive.length > 0
        ? `The data held includes ${categoryWordList(sensitive, false, sensitive.length)}${categoriesUnknown ? ", and some copies are not described" : ""}.`
        : categoriesUnknown
          ? `Ward does not know which kinds of patient data ${vendor.name} holds.`
          : live.length === 0
            ? `No patient data remains with ${vendor.name}.`
            : "The data held is identifying details only, with no diagnoses, medications or Social Security numbers.",
      categoriesUnknown ? "Which kinds of patient data do you hold for us, system by system?" : null,
      categoriesUnknown ? "missing" : "fact",
    ),
  );

  let hosting = 0;
  for (const product of profile.products) hosting = Math.max(hosting, HOSTING_POINTS[product.hostingModel]);
  const extra = Math.min(
    MAX_EXTRA_PRODUCT_POINTS,
    EXTRA_PRODUCT_POINTS * Math.max(0, profile.products.length - 1),
  );
  let hosted = false;
  for (const product of profile.products) if (product.hostingModel !== "on_premises") hosted = true;
  list.push(
    makeContribution(
      context,
      "inherent.integration",
      "Depth of integration",
      profile.products.length === 0 ? HOSTING_POINTS.vendor_hosted * INHERENT_UNKNOWN_SHARE : hosting + extra,
      profile.products[0] ? { kind: "product", id: profile.products[0].id, url: null } : vendorSource,
      profile.products.length === 0
        ? `Ward has no record of which products ${vendor.name} supplies or who hosts them.`
        : `${vendor.name} supplies ${profile.products.length === 1 ? "1 product" : `${profile.products.length} products`} to the hospital, ${hosted ? "with data hosted by the vendor" : "all run on the hospital's own premises"}.`,
      null,
      profile.products.length === 0 ? "missing" : "fact",
    ),
  );

  const score = scoreFromPoints(list);
  const tier = tierOf(score);
  return {
    score,
    tier,
    reassessmentMonths: REASSESSMENT_MONTHS[tier],
    contributions: sortContributions(list),
  };
}
