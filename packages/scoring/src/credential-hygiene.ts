import type { EntryRoute } from "@ward/contracts";
import { type RiskShare, UNKNOWN_SHARES } from "./assurance";
import { DimensionBuilder } from "./dimension-builder";
import { type RecordedCounterpart, scoreCatalogueEntry } from "./evidence-answers";
import { type CatalogueEntry, catalogueFor, catalogueIndexesFor } from "./evidence-catalogue";
import { FACTOR_GROUPS } from "./factor-groups";
import type { IncidentFacts } from "./incident-severity";
import { formatPercent } from "./plain-language";
import type { ScoringContext } from "./scoring-context";
import { clamp } from "./tiers";
import type { DimensionScore } from "./types";

const UNKNOWN = UNKNOWN_SHARES.credentialHygiene;

/** Credential attacks count half at this age and fade to nothing over the following year. */
export const CREDENTIAL_WINDOW_YEARS = 5;
/** A takeover through a login that had MFA still shows a weakness (a phished or bypassed factor): half. */
export const TAKEOVER_WITH_MFA_SHARE = 0.5;

/** Entry routes that are a login taken over. */
export function isCredentialRoute(route: EntryRoute): boolean {
  return route === "stolen_credentials" || route === "credential_stuffing" || route === "phishing";
}

/**
 * Weight of a credential attack: full for two years, falling linearly to half at five, then to nothing by six.
 * Continuous, so a day's age never moves the charge by more than a sliver. Shorter than the breach-history decay
 * because login controls change faster than a breach's consequences fade.
 */
export function credentialIncidentWeight(ageYears: number): number {
  if (ageYears <= 2) return 1;
  if (ageYears <= CREDENTIAL_WINDOW_YEARS) return 1 - 0.5 * ((ageYears - 2) / (CREDENTIAL_WINDOW_YEARS - 2));
  return clamp(0.5 * (CREDENTIAL_WINDOW_YEARS + 1 - ageYears), 0, 0.5);
}

/** How a credential route is said; a switch, as a keyed load with a changing key is V8's slowest path. */
function routeWords(route: EntryRoute): string {
  switch (route) {
    case "credential_stuffing":
      return "passwords stolen elsewhere and reused";
    case "phishing":
      return "phishing";
    default:
      return "stolen credentials";
  }
}

function takeoverShare(facts: IncidentFacts, weight: number): RiskShare {
  const mfa = facts.incident.mfaAtEntry;
  if (mfa === "no") return { mid: weight, low: weight, high: weight, basis: "fact" };
  const floor = weight * TAKEOVER_WITH_MFA_SHARE;
  if (mfa === "yes") return { mid: floor, low: floor, high: floor, basis: "fact" };
  return { mid: floor + (weight - floor) * UNKNOWN, low: floor, high: weight, basis: "missing" };
}

function addTakeovers(context: ScoringContext, builder: DimensionBuilder): IncidentFacts | null {
  let latestWithoutMfa: IncidentFacts | null = null;
  for (const facts of context.incidents) {
    const { incident } = facts;
    if (!isCredentialRoute(incident.entryRoute)) continue;
    const weight = credentialIncidentWeight(facts.ageYears);
    if (weight === 0) continue;
    if (
      incident.mfaAtEntry === "no" &&
      (latestWithoutMfa === null || facts.ageYears < latestWithoutMfa.ageYears)
    )
      latestWithoutMfa = facts;
    const when = facts.month === null ? "at an unknown date" : `in ${facts.month}`;
    const mfa =
      incident.mfaAtEntry === "no"
        ? ", at an entry point without multifactor authentication"
        : incident.mfaAtEntry === "unknown"
          ? ", and nobody has said whether that entry point had multifactor authentication"
          : ", despite multifactor authentication at the entry point";
    const weightNote = weight < 1 ? ` (counted at ${formatPercent(weight)} for its age)` : "";
    builder.add(
      FACTOR_GROUPS.loginTakeover,
      "incident.credential_attack",
      "Recent credential attack",
      takeoverShare(facts, weight),
      facts.source,
      `Attackers got into ${context.profile.vendor.name} with ${routeWords(incident.entryRoute)} ${when}${mfa}${weightNote}.`,
      incident.mfaAtEntry === "unknown"
        ? "Did the account the attackers used have multifactor authentication, and does every such account have it now?"
        : null,
    );
  }
  return latestWithoutMfa;
}

/** MFA answers that an attack through a login without MFA, after the answer was given, shows to be wrong. */
const MFA_ON_LOGINS = new Set(["mfa.remote_access", "mfa.customer_logins", "mfa.support_staff"]);

function takeoverCounterpart(
  context: ScoringContext,
  entry: CatalogueEntry,
  index: number | undefined,
  takeover: IncidentFacts | null,
): RecordedCounterpart | null {
  if (takeover === null || !MFA_ON_LOGINS.has(entry.factor) || index === undefined) return null;
  const answered = context.answerDays[index] as number;
  const attacked = takeover.timeline.referenceDay;
  // An answer given after the attack may describe the fix; one given before it is what the attack disproved.
  if (context.answers[index] === undefined || attacked === null || answered > attacked) return null;
  return {
    risk: 1,
    record: takeover.source,
    shows: `attackers got in through a login without multifactor authentication in ${takeover.month}`,
  };
}

/**
 * Credential hygiene: six groups of login controls (logins a stolen password opens, privileged accounts, phishable
 * MFA, shared accounts, access that outlives the person, secrets), each charged once for its worst factor, with
 * credential attacks (fading out by six years) counted in the first group rather than on top of it.
 */
export function scoreCredentialHygiene(context: ScoringContext): DimensionScore {
  const builder = new DimensionBuilder(context, "credentialHygiene", "Credential hygiene");
  const takeover = addTakeovers(context, builder);
  const entries = catalogueFor("credentialHygiene");
  const indexes = catalogueIndexesFor("credentialHygiene");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as CatalogueEntry;
    const index = indexes[i];
    scoreCatalogueEntry(
      context,
      builder,
      entry,
      entry.appliesWhen === "always",
      index,
      takeoverCounterpart(context, entry, index, takeover),
    );
  }
  return builder.build();
}
