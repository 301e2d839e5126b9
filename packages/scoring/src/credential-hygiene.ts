import type { EntryRoute } from "@ward/contracts";
import { ConfidenceTally, makeContribution, sortContributions } from "./contributions";
import { scoreCatalogueEntry, UNKNOWN_SHARE } from "./evidence-answers";
import { type CatalogueEntry, catalogueFor, catalogueIndexesFor } from "./evidence-catalogue";
import type { IncidentFacts } from "./incident-severity";
import { formatPercent } from "./plain-language";
import type { ScoringContext } from "./scoring-context";
import { clamp, scoreFromPoints, tierOf } from "./tiers";
import type { DimensionScore, ScoreContribution } from "./types";

/** Points of a credential attack in the window, before its weight. */
export const CREDENTIAL_INCIDENT_POINTS = 25;
/** Extra points when the entry point had no MFA (unknown costs `UNKNOWN_SHARE` of them). */
export const NO_MFA_AT_ENTRY_POINTS = 10;
/** Credential attacks older than this no longer say much about today's login controls. */
export const CREDENTIAL_WINDOW_YEARS = 5;

const CREDENTIAL_VECTORS: ReadonlySet<EntryRoute> = new Set<EntryRoute>([
  "stolen_credentials",
  "credential_stuffing",
]);

/**
 * Weight of a credential attack: full for two years, then falling to half at five years, then nothing. Shorter
 * than the breach-history decay because login controls change faster than a breach's consequences fade.
 */
export function credentialIncidentWeight(ageYears: number): number {
  if (ageYears > CREDENTIAL_WINDOW_YEARS) return 0;
  return 1 - 0.5 * clamp((ageYears - 2) / (CREDENTIAL_WINDOW_YEARS - 2), 0, 1);
}

function credentialIncident(context: ScoringContext, facts: IncidentFacts): ScoreContribution | null {
  const { incident, ageYears } = facts;
  if (!CREDENTIAL_VECTORS.has(incident.entryRoute)) return null;
  const weight = credentialIncidentWeight(ageYears);
  if (weight === 0) return null;
  const mfaShare = incident.mfaAtEntry === "no" ? 1 : incident.mfaAtEntry === "unknown" ? UNKNOWN_SHARE : 0;
  const how =
    incident.entryRoute === "credential_stuffing"
      ? "passwords stolen elsewhere and reused"
      : "stolen credentials";
  const when = facts.month === null ? "at an unknown date" : `in ${facts.month}`;
  const mfa =
    incident.mfaAtEntry === "no"
      ? ", at an entry point without multifactor authentication"
      : incident.mfaAtEntry === "unknown"
        ? ", and nobody has said whether that entry point had multifactor authentication"
        : ", despite multifactor authentication at the entry point";
  const weightNote = weight < 1 ? ` (counted at ${formatPercent(weight)} for its age)` : "";
  return makeContribution(
    context,
    "incident.credential_attack",
    "Recent credential attack",
    (CREDENTIAL_INCIDENT_POINTS + NO_MFA_AT_ENTRY_POINTS * mfaShare) * weight,
    facts.source,
    `Attackers got into ${context.profile.vendor.name} with ${how} ${when}${mfa}${weightNote}.`,
    incident.mfaAtEntry === "unknown"
      ? "Did the account the attackers used have multifactor authentication, and does every such account have it now?"
      : null,
  );
}

/**
 * Credential hygiene: the catalogue's login controls (MFA by population, phishing resistance, SSO,
 * deprovisioning, shared accounts, offboarding speed, secret rotation, leak monitoring) plus credential attacks
 * of the last five years.
 */
export function scoreCredentialHygiene(context: ScoringContext): DimensionScore {
  const confidence = new ConfidenceTally();
  const list: ScoreContribution[] = [];
  const entries = catalogueFor("credentialHygiene");
  const indexes = catalogueIndexesFor("credentialHygiene");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as CatalogueEntry;
    const item = scoreCatalogueEntry(context, entry, confidence, entry.appliesWhen === "always", indexes[i]);
    if (item) list.push(item);
  }
  for (const facts of context.incidents) {
    const item = credentialIncident(context, facts);
    if (!item) continue;
    list.push(item);
    confidence.add(NO_MFA_AT_ENTRY_POINTS, facts.incident.mfaAtEntry === "unknown" ? 0 : 1);
  }
  const score = scoreFromPoints(list);
  return {
    dimension: "credentialHygiene",
    label: "Credential hygiene",
    score,
    tier: tierOf(score),
    confidence: confidence.value(),
    contributions: sortContributions(list),
  };
}
