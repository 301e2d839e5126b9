import type { EvidenceAssurance } from "@ward/contracts";
import { formatCount, formatDate } from "./plain-language";
import type { ScoringHolding, ScoringProduct, ScoringVendor } from "./types";

// The last holding's phrase: a holding's sentences are built one after another, most of them naming its records.
let lastHolding: ScoringHolding | undefined;
let lastPhrase = "";

/** "57,800 patient records", or "an unknown number of patient records". */
export function holdingRecordsPhrase(holding: ScoringHolding): string {
  if (holding === lastHolding && holding.recordCount !== null) return lastPhrase;
  const phrase =
    holding.recordCount === null
      ? "an unknown number of patient records"
      : `${formatCount(holding.recordCount)} patient records`;
  lastHolding = holding;
  lastPhrase = phrase;
  return phrase;
}

export function unsupportedSentence(
  holding: ScoringHolding,
  endOfSupport: string,
  product: ScoringProduct | undefined,
): string {
  const records = holdingRecordsPhrase(holding);
  return holding.endOfSupport !== null || !product
    ? `${holding.system} holds ${records} on software past its end of support (${formatDate(endOfSupport)}), so security fixes no longer arrive.`
    : `${holding.system} holds ${records} on ${product.name}, whose support ended on ${formatDate(endOfSupport)}, so security fixes no longer arrive.`;
}

export function migrationSentence(holding: ScoringHolding): string {
  const { system } = holding;
  const records = holdingRecordsPhrase(holding);
  switch (holding.migrationStatus) {
    case "stalled":
      return `The migration of ${system} has stalled, so ${records} stay on the old system with no end date.`;
    case "not_started":
      return `Nobody has planned the migration of ${system} yet, so ${records} stay on the old system with no end date.`;
    case "in_progress":
      return `The migration of ${system} is still under way, so ${records} sit in two places until it finishes.`;
    default:
      return `The migration of ${system} is only planned, so ${records} stay on the old system for now.`;
  }
}

/**
 * What reaching an old copy with the hospital's logins means depends on whether those logins need a second
 * factor, so the sentence follows the answer on MFA for customer logins: a what-if that enables it changes it.
 */
export function loginReachSentence(
  holding: ScoringHolding,
  customerMfaRisk: number | null,
  assurance: EvidenceAssurance | null,
): string {
  const { system } = holding;
  if (holding.reachableWithCustomerCredentials === "unknown")
    return `Ward does not know whether the data in ${system} can be reached with the hospital's own staff logins.`;
  const opening = `${system}, a copy outside production holding ${holdingRecordsPhrase(holding)}, can be reached with the hospital's own staff logins`;
  if (customerMfaRisk === 1)
    return `${opening}, which sign in with a password alone, so one stolen hospital password opens it.`;
  if (customerMfaRisk === 0)
    return `${opening}; those logins require multifactor authentication${assurance === "self_attested" ? ", on the vendor's word" : ""}.`;
  if (customerMfaRisk === null)
    return `${opening}, and nobody has confirmed that those logins require multifactor authentication.`;
  return `${opening}, and only some of those logins require multifactor authentication.`;
}

export function keptTooLongSentence(
  vendor: ScoringVendor,
  holding: ScoringHolding,
  retentionPassed: boolean,
  claimedDestroyed: boolean,
): string {
  const records = holdingRecordsPhrase(holding);
  const claim =
    claimedDestroyed && holding.destroyedOn !== null
      ? ` The vendor says it destroyed the copy on ${formatDate(holding.destroyedOn)}, but no certificate or check of the hospital's backs that, so Ward counts it as held.`
      : "";
  if (vendor.relationshipStatus === "former" || vendor.relationshipStatus === "offboarding")
    return `${vendor.name} is ${vendor.relationshipStatus === "former" ? "a former vendor" : "being offboarded"} but still holds ${records} in ${holding.system}.${claim}`;
  if (retentionPassed && holding.retentionEnd !== null)
    return `${holding.system} still keeps ${records} although its retention period ended on ${formatDate(holding.retentionEnd)}.${claim}`;
  return claim.trim();
}
