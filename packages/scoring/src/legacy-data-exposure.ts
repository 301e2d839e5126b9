import { type RiskShare, UNKNOWN_SHARES, unknownShare } from "./assurance";
import type { ChargePart } from "./charge-split";
import { missingSource } from "./contributions";
import { DimensionBuilder } from "./dimension-builder";
import { answerRisk, type RecordedCounterpart, scoreCatalogueEntry } from "./evidence-answers";
import {
  type CatalogueEntry,
  catalogueEntry,
  catalogueFor,
  catalogueIndexesFor,
  catalogueIndexOf,
} from "./evidence-catalogue";
import { FACTOR_GROUPS } from "./factor-groups";
import {
  ABSENT,
  type Condition,
  condition,
  dangerCondition,
  gapCondition,
  type HoldingPart,
  isProvenDestroyed,
  migrationShare,
  PRODUCTION_SHARE,
  sensitivityWeight,
  sharedExposure,
} from "./holding-exposure";
import {
  holdingRecordsPhrase,
  keptTooLongSentence,
  loginReachSentence,
  migrationSentence,
  unsupportedSentence,
} from "./holding-sentences";
import { dayNumber, formatDate } from "./plain-language";
import type { ScoringContext } from "./scoring-context";
import type { ContributionSource, DimensionScore, ScoringHolding, ScoringProduct } from "./types";

const UNKNOWN = UNKNOWN_SHARES.legacyDataExposure;

/** The answer on MFA for the hospital's own logins decides what reaching an old copy with them means. */
const CUSTOMER_MFA = catalogueEntry("mfa.customer_logins") as CatalogueEntry;
const CUSTOMER_MFA_INDEX = catalogueIndexOf("mfa.customer_logins");

/** A product past end of support with no holding recorded on it: a fact, but nobody knows what data it holds. */
const PRODUCT_ALONE: RiskShare = { mid: 0.6, low: 0.3, high: 1, basis: "unverified" };

function productOf(context: ScoringContext, holding: ScoringHolding): ScoringProduct | undefined {
  if (holding.productId === null) return undefined;
  for (const product of context.profile.products) if (product.id === holding.productId) return product;
  return undefined;
}

function endOfSupportOf(context: ScoringContext, holding: ScoringHolding): string | null {
  return holding.endOfSupport ?? productOf(context, holding)?.endOfSupport ?? null;
}

function isPast(context: ScoringContext, date: string | null): boolean {
  return date !== null && dayNumber(date) < context.asOfDay;
}

interface Exposure {
  factorId: string;
  label: string;
  part: HoldingPart;
  explanation: string;
  question: string | null;
  source: ContributionSource;
}

function holdingSource(holding: ScoringHolding): ContributionSource {
  return { kind: "data_holding", id: holding.id, url: null };
}

/** Charges one group for the holdings under its condition, once, each holding showing its part. */
function addExposures(
  builder: DimensionBuilder,
  group: (typeof FACTOR_GROUPS)[keyof typeof FACTOR_GROUPS],
  exposures: Exposure[],
): void {
  if (exposures.length === 0) return;
  const { share, weights } = sharedExposure(exposures);
  // Coverage by records, not by copies, so splitting a copy in two never moves it.
  let known = 0;
  let total = 0;
  for (let i = 0; i < exposures.length; i++) {
    const weight = weights[i] as number;
    const condition = (exposures[i] as Exposure).part.condition;
    total += weight;
    if (condition.low === condition.high) known += weight;
  }
  let covered = total > 0 ? known / total : 0;
  if (total === 0) {
    let count = 0;
    for (const e of exposures) if (e.part.condition.low === e.part.condition.high) count++;
    covered = count / exposures.length;
  }
  const parts = new Array<ChargePart>(exposures.length);
  for (let i = 0; i < exposures.length; i++) {
    const e = exposures[i] as Exposure;
    parts[i] = {
      contribution: {
        factorId: e.factorId,
        label: e.label,
        points: 0,
        source: e.source,
        explanation: e.explanation,
        question: e.question,
        group: group.id,
        basis: share.basis,
      },
      weight: weights[i] as number,
    };
  }
  builder.addShared(group, share, covered, parts);
}

function unsupportedExposure(
  context: ScoringContext,
  holding: ScoringHolding,
  sensitivity: number,
): Exposure | null {
  const endOfSupport = endOfSupportOf(context, holding);
  const pastSupport = isPast(context, endOfSupport);
  const migration = migrationShare(holding.migrationStatus);
  if (!pastSupport && migration === 0) return null;
  const product = productOf(context, holding);
  return pastSupport
    ? {
        factorId: "holding.past_end_of_support",
        label: "System past end of support",
        part: { holding, condition: condition(1), sensitivity },
        explanation: unsupportedSentence(holding, endOfSupport as string, product),
        question: null,
        source: holdingSource(holding),
      }
    : {
        factorId: "holding.migration_incomplete",
        label: "Unfinished migration",
        part: { holding, condition: condition(migration), sensitivity },
        explanation: migrationSentence(holding),
        question: null,
        source: holdingSource(holding),
      };
}

function keptTooLongExposure(
  context: ScoringContext,
  holding: ScoringHolding,
  sensitivity: number,
): Exposure | null {
  const retentionPassed = isPast(context, holding.retentionEnd);
  const status = context.profile.vendor.relationshipStatus;
  const formerVendor = status === "former" || status === "offboarding";
  const claimedDestroyed = holding.destroyedOn !== null && dayNumber(holding.destroyedOn) <= context.asOfDay;
  if (!retentionPassed && !formerVendor && !claimedDestroyed) return null;
  const factorId = formerVendor
    ? "holding.held_by_former_vendor"
    : retentionPassed
      ? "holding.retained_past_retention_end"
      : "holding.destruction_unproven";
  const label = formerVendor
    ? "Data still held after the relationship"
    : retentionPassed
      ? "Kept past its retention date"
      : "Destruction claimed without proof";
  // A claim of destruction without proof leaves the copy in place, but at least someone says it is gone.
  const share: Condition = formerVendor || retentionPassed ? condition(1) : condition(0.5);
  return {
    factorId,
    label,
    part: { holding, condition: share, sensitivity },
    explanation: keptTooLongSentence(context.profile.vendor, holding, retentionPassed, claimedDestroyed),
    question: `Can you certify that every copy of our data in ${holding.system}, backups included, has been destroyed?`,
    source: holdingSource(holding),
  };
}

/** The first live holding awaiting migration, which a "no unmigrated data" answer would contradict. */
function awaitingMigration(live: readonly ScoringHolding[]): RecordedCounterpart | null {
  for (const holding of live) {
    if (migrationShare(holding.migrationStatus) === 0) continue;
    return {
      risk: 1,
      record: { kind: "data_holding", id: holding.id, url: null },
      shows: `the hospital's inventory records ${holding.system} as awaiting migration`,
    };
  }
  return null;
}

/** The first live holding recorded as unencrypted, which an "everything encrypted" answer would contradict. */
function recordedUnencrypted(live: readonly ScoringHolding[]): RecordedCounterpart | null {
  for (const holding of live) {
    if (holding.encryptedAtRest !== "no") continue;
    return {
      risk: 1,
      record: { kind: "data_holding", id: holding.id, url: null },
      shows: `the hospital's inventory records ${holding.system} as not encrypted at rest`,
    };
  }
  return null;
}

function addHoldings(
  context: ScoringContext,
  builder: DimensionBuilder,
  live: readonly ScoringHolding[],
): void {
  const unsupported: Exposure[] = [];
  const reach: Exposure[] = [];
  const unencrypted: Exposure[] = [];
  const keptTooLong: Exposure[] = [];
  const customerMfa = CUSTOMER_MFA_INDEX === undefined ? undefined : context.answers[CUSTOMER_MFA_INDEX];
  const customerMfaRisk = customerMfa ? answerRisk(CUSTOMER_MFA, customerMfa.value) : null;
  for (const holding of live) {
    const production = holding.environment === "production";
    const sensitivity = sensitivityWeight(holding.phiCategories);
    const lapsed = unsupportedExposure(context, holding, sensitivity);
    if (lapsed) unsupported.push(lapsed);
    // Hospital staff signing in to production is the point of the service; the same reach into an old copy is not.
    if (!production && holding.reachableWithCustomerCredentials !== "no") {
      reach.push({
        factorId: "holding.reachable_with_customer_credentials",
        label: "Old copy reachable with hospital logins",
        part: {
          holding,
          condition: dangerCondition(holding.reachableWithCustomerCredentials, UNKNOWN),
          sensitivity,
        },
        explanation: loginReachSentence(holding, customerMfaRisk, customerMfa?.assurance ?? null),
        question:
          holding.reachableWithCustomerCredentials === "unknown"
            ? `Can our staff's accounts still sign in to ${holding.system}, and can that access be removed?`
            : null,
        source: holdingSource(holding),
      });
    }
    const gap = gapCondition(holding.encryptedAtRest, UNKNOWN);
    if (gap !== ABSENT) {
      const scale = production ? PRODUCTION_SHARE : 1;
      unencrypted.push({
        factorId: "holding.unencrypted",
        label: "Not encrypted at rest",
        part: {
          holding,
          condition:
            scale === 1 ? gap : { mid: gap.mid * scale, low: gap.low * scale, high: gap.high * scale },
          sensitivity,
        },
        explanation:
          holding.encryptedAtRest === "no"
            ? `The data in ${holding.system} (${holdingRecordsPhrase(holding)}) is not encrypted at rest, so anyone who reaches the disks can read it.`
            : `Nobody has confirmed that the data in ${holding.system} (${holdingRecordsPhrase(holding)}) is encrypted at rest.`,
        question:
          holding.encryptedAtRest === "unknown"
            ? `Is the data in ${holding.system} encrypted at rest, and can you show the evidence?`
            : null,
        source: holdingSource(holding),
      });
    }
    const kept = keptTooLongExposure(context, holding, sensitivity);
    if (kept) keptTooLong.push(kept);
  }
  addExposures(builder, FACTOR_GROUPS.unsupportedSystems, unsupported);
  addExposures(builder, FACTOR_GROUPS.loginReach, reach);
  addExposures(builder, FACTOR_GROUPS.unencrypted, unencrypted);
  addExposures(builder, FACTOR_GROUPS.keptTooLong, keptTooLong);
}

// A loop rather than Array.prototype.some: no closure per product.
function hasHoldingOn(holdings: readonly ScoringHolding[], productId: string): boolean {
  for (const holding of holdings) if (holding.productId === productId) return true;
  return false;
}

function addProductsAlone(context: ScoringContext, builder: DimensionBuilder): void {
  const { profile } = context;
  for (const product of profile.products) {
    if (!isPast(context, product.endOfSupport)) continue;
    // Holdings recorded on the product carry its end of support, scaled by what they hold; counting the product
    // on its own only when none is recorded keeps destroying data from ever raising the score.
    if (hasHoldingOn(profile.dataHoldings, product.id)) continue;
    builder.add(
      FACTOR_GROUPS.unsupportedSystems,
      "product.past_end_of_support",
      "Product past end of support",
      PRODUCT_ALONE,
      { kind: "product", id: product.id, url: null },
      `${product.name} is past its end of support (${formatDate(product.endOfSupport as string)}), so security fixes no longer arrive; Ward has no record of what data it holds.`,
      `Which of our data does ${product.name} still hold, and when will it be migrated or destroyed?`,
    );
  }
}

function addLegacyIncidents(context: ScoringContext, builder: DimensionBuilder): void {
  for (const { incident, weight, name, source } of context.incidents) {
    const involved = incident.legacySystemInvolved;
    if (involved === "no") continue;
    builder.add(
      FACTOR_GROUPS.unsupportedSystems,
      "incident.legacy_system_involved",
      "Legacy system already breached",
      involved === "yes"
        ? { mid: weight, low: weight, high: weight, basis: "fact" }
        : { mid: weight * UNKNOWN, low: 0, high: weight, basis: "missing" },
      source,
      involved === "yes"
        ? `Attackers in ${name} went through one of the vendor's older systems.`
        : `Ward does not know whether ${name} involved one of the vendor's older systems.`,
      involved === "unknown"
        ? "Did this incident involve older or legacy systems, and are they still running?"
        : null,
    );
  }
}

/**
 * Legacy-data exposure: the records on copies past support or awaiting migration, reachable with hospital
 * logins, unencrypted, or kept past their time, each group charged once over the summed records of the copies
 * under it; products past support; incidents through older systems; and the vendor's answers. A holding
 * destroyed with proof contributes nothing.
 */
export function scoreLegacyDataExposure(context: ScoringContext): DimensionScore {
  const builder = new DimensionBuilder(context, "legacyDataExposure", "Legacy-data exposure");
  const { profile, asOfDay } = context;
  const live: ScoringHolding[] = [];
  for (const holding of profile.dataHoldings) if (!isProvenDestroyed(holding, asOfDay)) live.push(holding);
  addHoldings(context, builder, live);
  if (profile.dataHoldings.length === 0) {
    builder.add(
      FACTOR_GROUPS.unknownLocations,
      "inventory.no_holdings_recorded",
      "Where the data sits is not recorded",
      unknownShare(UNKNOWN),
      missingSource,
      `Ward has no record of where ${profile.vendor.name} keeps the hospital's data, so forgotten copies cannot be ruled out.`,
      "Which systems hold our patient data, including backups, archives and copies left from migrations?",
    );
    for (const group of [
      FACTOR_GROUPS.unsupportedSystems,
      FACTOR_GROUPS.loginReach,
      FACTOR_GROUPS.unencrypted,
      FACTOR_GROUPS.keptTooLong,
    ])
      builder.allowUnrecorded(group, 1, false);
  }
  addProductsAlone(context, builder);
  addLegacyIncidents(context, builder);
  const entries = catalogueFor("legacyDataExposure");
  const indexes = catalogueIndexesFor("legacyDataExposure");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as CatalogueEntry;
    const counterpart =
      entry.factor === "legacy.unmigrated_data"
        ? awaitingMigration(live)
        : entry.factor === "encryption.at_rest"
          ? recordedUnencrypted(live)
          : null;
    scoreCatalogueEntry(context, builder, entry, entry.appliesWhen === "always", indexes[i], counterpart);
  }
  return builder.build();
}
