import type { HoldingEnvironment, MigrationStatus, PhiCategory, TriState } from "@ward/contracts";
import { type ConfidenceTally, makeContribution } from "./contributions";
import { UNKNOWN_SHARE } from "./evidence-answers";
import { countSensitive } from "./incident-severity";
import { dayNumber, formatCount, formatDate } from "./plain-language";
import type { ScoringContext } from "./scoring-context";
import type { ContributionSource, ScoreContribution, ScoringHolding, ScoringProduct } from "./types";

/** Points of each holding factor before the holding's exposure weight (0..1) is applied. */
export const HOLDING_POINTS = {
  outsideProduction: 15,
  pastEndOfSupport: 15,
  migration: { stalled: 12, not_started: 10, in_progress: 8, planned: 6 } as Partial<
    Record<MigrationStatus, number>
  >,
  unencrypted: 15,
  reachableWithCustomerCredentials: 15,
  retainedPastRetentionEnd: 15,
  heldByFormerVendor: 12,
  destructionUnproven: 5,
} as const;

/** Size weight of a holding whose record count nobody knows: about 60,000 records, an uncounted old copy. */
export const UNKNOWN_SIZE_WEIGHT = 0.8;
/** Sensitivity weight of a holding whose PHI categories are not recorded. */
export const UNKNOWN_SENSITIVITY_WEIGHT = 0.8;
/** Production is the best-watched copy, so a gap there counts half as much as on a forgotten copy. */
const PRODUCTION_SHARE = 0.5;

/**
 * How a sentence names a copy, article included. A switch rather than a keyed table: a table read with a
 * different key each time goes through V8's slowest lookup path, and this runs for most holdings.
 */
function environmentWords(environment: HoldingEnvironment): string {
  switch (environment) {
    case "production":
      return "a production";
    case "backup":
      return "a backup kept past its retention date";
    case "archive":
      return "an archive";
    case "legacy":
      return "a legacy";
    case "migration_staging":
      return "a migration";
  }
}

/** Points of an unfinished migration by its status; nothing for a finished one or none needed. */
function migrationPoints(status: MigrationStatus): number {
  switch (status) {
    case "stalled":
      return HOLDING_POINTS.migration.stalled ?? 0;
    case "not_started":
      return HOLDING_POINTS.migration.not_started ?? 0;
    case "in_progress":
      return HOLDING_POINTS.migration.in_progress ?? 0;
    case "planned":
      return HOLDING_POINTS.migration.planned ?? 0;
    default:
      return 0;
  }
}

/** 0..1 by record count on a log10 scale: 10 records about 0.17, 1,000 0.5, a million or more 1. */
export function sizeWeight(records: number | null): number {
  if (records === null) return UNKNOWN_SIZE_WEIGHT;
  return Math.min(1, Math.log10(records + 1) / 6);
}

/** 0.5..1 by sensitive categories: half for names and addresses alone, full at three sensitive kinds. */
export function sensitivityWeight(categories: readonly PhiCategory[]): number {
  if (categories.length === 0) return UNKNOWN_SENSITIVITY_WEIGHT;
  return 0.5 + 0.5 * Math.min(1, countSensitive(categories) / 3);
}

/** Destroyed on or before `asOfDay`, with proof: such a holding contributes nothing. */
export function isProvenDestroyed(holding: ScoringHolding, asOfDay: number): boolean {
  return (
    holding.destroyedOn !== null &&
    dayNumber(holding.destroyedOn) <= asOfDay &&
    (holding.destructionEvidence ?? "").trim().length > 0
  );
}

/** Risk share of a tri-state answer where "yes" is the danger; unknown sits between, never at the safe end. */
function dangerShare(value: TriState): number {
  return value === "yes" ? 1 : value === "unknown" ? UNKNOWN_SHARE : 0;
}

/** Risk share of a tri-state answer where "yes" is the control. */
function controlGapShare(value: TriState): number {
  return value === "no" ? 1 : value === "unknown" ? UNKNOWN_SHARE : 0;
}

/** Collects a holding's contributions, each scaled by the holding's exposure weight. */
class HoldingItems {
  private readonly source: ContributionSource;
  constructor(
    private readonly context: ScoringContext,
    private readonly list: ScoreContribution[],
    holding: ScoringHolding,
    private readonly weight: number,
  ) {
    this.source = { kind: "data_holding", id: holding.id, url: null };
  }
  add(
    factorId: string,
    label: string,
    raw: number,
    explanation: string,
    question: string | null = null,
  ): void {
    this.list.push(
      makeContribution(this.context, factorId, label, raw * this.weight, this.source, explanation, question),
    );
  }
}

// A loop rather than Array.prototype.find: no closure per holding.
function productById(products: readonly ScoringProduct[], id: string): ScoringProduct | undefined {
  for (const product of products) if (product.id === id) return product;
  return undefined;
}

// Built only for the sentences that say it: most holdings need neither.
function recordsPhrase(count: number): string {
  return `${formatCount(count)} patient records`;
}

function migrationSentence(status: MigrationStatus, system: string): string {
  if (status === "stalled")
    return `The migration of ${system} has stalled, so the old copy stays in place with no end date.`;
  if (status === "not_started")
    return `Nobody has planned the migration of ${system} yet, so the old copy has no end date.`;
  if (status === "in_progress")
    return `The migration of ${system} is still under way, so the data sits in two places until it finishes.`;
  return `The migration of ${system} is only planned, so the data stays on the old system for now.`;
}

/**
 * The contributions of one holding that still exists on `asOf`. Each factor's points are multiplied by the
 * holding's exposure weight (size times sensitivity), so a forgotten copy of a million diagnoses costs more
 * than a few hundred addresses in the same state. Factors that cost nothing are left out. Appends to `list`.
 */
export function addHoldingContributions(
  context: ScoringContext,
  holding: ScoringHolding,
  confidence: ConfidenceTally,
  list: ScoreContribution[],
): void {
  const { asOfDay, profile } = context;
  const items = new HoldingItems(
    context,
    list,
    holding,
    sizeWeight(holding.recordCount) * sensitivityWeight(holding.phiCategories),
  );
  const system = holding.system;

  const retentionPassed = holding.retentionEnd !== null && dayNumber(holding.retentionEnd) < asOfDay;
  const production = holding.environment === "production";
  if (!production && (holding.environment !== "backup" || retentionPassed)) {
    items.add(
      "holding.outside_production",
      "Data outside the main system",
      HOLDING_POINTS.outsideProduction,
      `${holding.recordCount === null ? "An unknown number of patient records" : recordsPhrase(holding.recordCount)} sit in ${system}, ${environmentWords(holding.environment)} copy outside the vendor's main production system.`,
    );
  }

  const product = holding.productId === null ? undefined : productById(profile.products, holding.productId);
  const endOfSupport = holding.endOfSupport ?? product?.endOfSupport ?? null;
  if (endOfSupport !== null && dayNumber(endOfSupport) < asOfDay) {
    items.add(
      "holding.past_end_of_support",
      "System past end of support",
      HOLDING_POINTS.pastEndOfSupport,
      holding.endOfSupport !== null || !product
        ? `The software behind ${system} is past its end of support (${formatDate(endOfSupport)}), so security fixes no longer arrive.`
        : `${system} runs on ${product.name}, whose support ended on ${formatDate(endOfSupport)}, so security fixes no longer arrive.`,
    );
  }

  const migrationRaw = migrationPoints(holding.migrationStatus);
  if (migrationRaw > 0) {
    items.add(
      "holding.migration_incomplete",
      "Unfinished migration",
      migrationRaw,
      migrationSentence(holding.migrationStatus, system),
    );
  }

  const encrypted = holding.encryptedAtRest;
  if (encrypted !== "yes") {
    items.add(
      "holding.unencrypted",
      "Not encrypted at rest",
      HOLDING_POINTS.unencrypted * (production ? PRODUCTION_SHARE : 1) * controlGapShare(encrypted),
      encrypted === "no"
        ? `The data in ${system} is not encrypted at rest, so anyone who reaches the disks can read it.`
        : `Nobody has confirmed that the data in ${system} is encrypted at rest.`,
      encrypted === "unknown"
        ? `Is the data in ${system} encrypted at rest, and can you show the evidence?`
        : null,
    );
  }
  confidence.add(HOLDING_POINTS.unencrypted, encrypted === "unknown" ? 0 : 1);

  // Hospital staff signing in to production is the point of the service; the same reach into an old copy is not.
  const reach = holding.reachableWithCustomerCredentials;
  if (!production)
    confidence.add(HOLDING_POINTS.reachableWithCustomerCredentials, reach === "unknown" ? 0 : 1);
  if (!production && reach !== "no") {
    items.add(
      "holding.reachable_with_customer_credentials",
      "Old copy reachable with hospital logins",
      HOLDING_POINTS.reachableWithCustomerCredentials * dangerShare(reach),
      reach === "yes"
        ? `The data in ${system} can be reached with the hospital's own staff logins, so one stolen hospital password opens it.`
        : `Ward does not know whether the data in ${system} can be reached with the hospital's own staff logins.`,
      reach === "unknown"
        ? `Can our staff's accounts still sign in to ${system}, and can that access be removed?`
        : null,
    );
  }

  if (retentionPassed && holding.retentionEnd !== null) {
    items.add(
      "holding.retained_past_retention_end",
      "Kept past its retention date",
      HOLDING_POINTS.retainedPastRetentionEnd,
      `The data in ${system} is still kept although its retention period ended on ${formatDate(holding.retentionEnd)}.`,
      `When will you destroy the data in ${system}, and will you certify it?`,
    );
  }
  const status = profile.vendor.relationshipStatus;
  if (status === "former" || status === "offboarding") {
    items.add(
      "holding.held_by_former_vendor",
      "Data still held after the relationship",
      HOLDING_POINTS.heldByFormerVendor,
      `${profile.vendor.name} is ${status === "former" ? "a former vendor" : "being offboarded"} but still holds ${holding.recordCount === null ? "an unknown number of patient records" : recordsPhrase(holding.recordCount)} in ${system}.`,
      `Can you certify that every copy of our data in ${system}, backups included, has been destroyed?`,
    );
  }
  if (holding.destroyedOn !== null && dayNumber(holding.destroyedOn) <= asOfDay) {
    items.add(
      "holding.destruction_unproven",
      "Destruction claimed without proof",
      HOLDING_POINTS.destructionUnproven,
      `The vendor says it destroyed the data in ${system} on ${formatDate(holding.destroyedOn)} but has shown no proof, so Ward still counts the data as held.`,
      `Can you send a certificate of destruction for ${system}?`,
    );
  }
  confidence.add(10, holding.recordCount === null ? 0 : 1);
  confidence.add(10, holding.phiCategories.length === 0 ? 0 : 1);
}
