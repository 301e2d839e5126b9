import { ConfidenceTally, makeContribution, missingSource, sortContributions } from "./contributions";
import { scoreCatalogueEntry, UNKNOWN_SHARE } from "./evidence-answers";
import { type CatalogueEntry, catalogueFor, catalogueIndexesFor } from "./evidence-catalogue";
import { addHoldingContributions, isProvenDestroyed } from "./holding-exposure";
import { dayNumber, formatDate } from "./plain-language";
import type { ScoringContext } from "./scoring-context";
import { scoreFromPoints, tierOf } from "./tiers";
import type { DimensionScore, ScoreContribution, ScoringHolding } from "./types";

/** A product past end of support that no recorded holding runs on. */
export const PRODUCT_PAST_END_OF_SUPPORT_POINTS = 10;
/** An incident that went through a legacy system, before its recency weight. */
export const LEGACY_INCIDENT_POINTS = 10;
/** No holding recorded at all: Ward cannot say where the data sits. Costs `UNKNOWN_SHARE` of this. */
export const NO_HOLDINGS_POINTS = 10;

function hasHoldingOn(holdings: readonly ScoringHolding[], productId: string): boolean {
  for (const holding of holdings) if (holding.productId === productId) return true;
  return false;
}

function addProductContributions(context: ScoringContext, list: ScoreContribution[]): void {
  const { profile, asOfDay } = context;
  for (const product of profile.products) {
    if (product.endOfSupport === null || dayNumber(product.endOfSupport) >= asOfDay) continue;
    // Holdings recorded on this product carry its end-of-support risk, scaled by what they hold, and nothing once
    // destroyed. Counting the product on its own only when no holding is recorded on it keeps destroying data
    // from ever raising the score (the product would otherwise reappear at full points).
    if (hasHoldingOn(profile.dataHoldings, product.id)) continue;
    list.push(
      makeContribution(
        context,
        "product.past_end_of_support",
        "Product past end of support",
        PRODUCT_PAST_END_OF_SUPPORT_POINTS,
        { kind: "product", id: product.id, url: null },
        `${product.name} is past its end of support (${formatDate(product.endOfSupport)}), so security fixes no longer arrive.`,
        null,
      ),
    );
  }
}

function addLegacyIncidentContributions(
  context: ScoringContext,
  confidence: ConfidenceTally,
  list: ScoreContribution[],
): void {
  for (const { incident, weight, name, source } of context.incidents) {
    const involved = incident.legacySystemInvolved;
    confidence.add(LEGACY_INCIDENT_POINTS, involved === "unknown" ? 0 : 1);
    if (involved === "no") continue;
    list.push(
      makeContribution(
        context,
        "incident.legacy_system_involved",
        "Legacy system already breached",
        LEGACY_INCIDENT_POINTS * weight * (involved === "yes" ? 1 : UNKNOWN_SHARE),
        source,
        involved === "yes"
          ? `Attackers in ${name} went through an older system, so the vendor's legacy systems have already been breached once.`
          : `Ward does not know whether ${name} involved one of the vendor's older systems.`,
        involved === "unknown"
          ? "Did this incident involve older or legacy systems, and are they still running?"
          : null,
      ),
    );
  }
}

/**
 * Legacy-data exposure: copies of the hospital's data outside the vendor's main system (legacy, archive,
 * migration staging, backups past retention), systems past end of support, unfinished migrations, missing
 * encryption, old copies reachable with hospital logins, data kept past its retention date or by a former
 * vendor, incidents through legacy systems, and the vendor's answers on migration, acquisitions, encryption,
 * destruction and inventory. A holding destroyed with proof contributes nothing.
 */
export function scoreLegacyDataExposure(context: ScoringContext): DimensionScore {
  const confidence = new ConfidenceTally();
  const list: ScoreContribution[] = [];
  const { profile, asOfDay } = context;
  for (const holding of profile.dataHoldings) {
    if (isProvenDestroyed(holding, asOfDay)) continue;
    addHoldingContributions(context, holding, confidence, list);
  }
  if (profile.dataHoldings.length === 0) {
    confidence.add(NO_HOLDINGS_POINTS, 0);
    list.push(
      makeContribution(
        context,
        "inventory.no_holdings_recorded",
        "Where the data sits is not recorded",
        NO_HOLDINGS_POINTS * UNKNOWN_SHARE,
        missingSource,
        `Ward has no record of where ${profile.vendor.name} keeps the hospital's data, so forgotten copies cannot be ruled out.`,
        "Which systems hold our patient data, including backups, archives and copies left from migrations?",
      ),
    );
  }
  addProductContributions(context, list);
  addLegacyIncidentContributions(context, confidence, list);
  const entries = catalogueFor("legacyDataExposure");
  const indexes = catalogueIndexesFor("legacyDataExposure");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as CatalogueEntry;
    const item = scoreCatalogueEntry(context, entry, confidence, entry.appliesWhen === "always", indexes[i]);
    if (item) list.push(item);
  }
  const score = scoreFromPoints(list);
  return {
    dimension: "legacyDataExposure",
    label: "Legacy-data exposure",
    score,
    tier: tierOf(score),
    confidence: confidence.value(),
    contributions: sortContributions(list),
  };
}
