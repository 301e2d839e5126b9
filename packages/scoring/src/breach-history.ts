import type { EntryRoute } from "@ward/contracts";
import { ConfidenceTally, makeContribution, sortContributions } from "./contributions";
import { scoreCatalogueEntry } from "./evidence-answers";
import { type CatalogueEntry, catalogueFor, catalogueIndexesFor } from "./evidence-catalogue";
import { addIncidentContributions } from "./incident-contributions";
import { INCIDENT_POINTS, type IncidentFacts } from "./incident-severity";
import type { ScoringContext } from "./scoring-context";
import { scoreFromPoints, tierOf } from "./tiers";
import type { DimensionScore, ScoreContribution } from "./types";

/** Points for each repeat of an entry route, weighted like the incidents that repeat it. */
export const REPEATED_VECTOR_POINTS = 10;

const VECTOR_WORDS: Record<EntryRoute, string> = {
  stolen_credentials: "stolen credentials",
  credential_stuffing: "credential stuffing",
  phishing: "phishing",
  exploited_vulnerability: "an exploited vulnerability",
  misconfiguration: "a misconfiguration",
  insider: "an insider",
  third_party: "a third party",
  unknown: "an unknown route",
};

/**
 * A route used twice is a sign the weakness was not fixed. Points are 10 times the summed weights of every
 * incident of that route except the lightest, so they shrink as the repeats age and never grow when one ages.
 */
function addRepeatedVectorContributions(context: ScoringContext, list: ScoreContribution[]): void {
  const incidents = context.incidents;
  if (incidents.length < 2) return;
  // Plain loops over a handful of incidents: no Set, filtered group or closures per vendor.
  for (let i = 0; i < incidents.length; i++) {
    const vector = (incidents[i] as IncidentFacts).incident.entryRoute;
    if (vector === "unknown" || seenBefore(incidents, i, vector)) continue;
    let count = 0;
    let total = 0;
    let lightest = Number.POSITIVE_INFINITY;
    let newest: IncidentFacts | undefined;
    const years: string[] = [];
    for (let j = i; j < incidents.length; j++) {
      const facts = incidents[j] as IncidentFacts;
      if (facts.incident.entryRoute !== vector) continue;
      count++;
      total += facts.weight;
      lightest = Math.min(lightest, facts.weight);
      // The first of the youngest, as a reduce keeping the current one on ties would pick.
      if (newest === undefined || facts.ageYears < newest.ageYears) newest = facts;
      insertInOrder(years, facts.timeline.reference?.date.slice(0, 4) ?? "undated");
    }
    if (count < 2 || newest === undefined) continue;
    list.push(
      makeContribution(
        context,
        "incident.repeated_vector",
        "Same entry route used again",
        REPEATED_VECTOR_POINTS * (total - lightest),
        newest.source,
        `Attackers got in through ${VECTOR_WORDS[vector]} in ${count} separate incidents (${years.join(", ")}), a sign the weakness was not fixed.`,
        null,
      ),
    );
  }
}

/** Inserts `value` into an ordered list of a few strings, in code-unit order, as `sort()` would place it. */
function insertInOrder(list: string[], value: string): void {
  let i = list.length;
  list.push(value);
  while (i > 0 && (list[i - 1] as string) > value) {
    list[i] = list[i - 1] as string;
    i--;
  }
  list[i] = value;
}

function seenBefore(incidents: readonly IncidentFacts[], end: number, vector: EntryRoute): boolean {
  for (let i = 0; i < end; i++)
    if ((incidents[i] as IncidentFacts).incident.entryRoute === vector) return true;
  return false;
}

function hasUnknownRoute(incidents: readonly IncidentFacts[]): boolean {
  for (const facts of incidents) if (facts.incident.entryRoute === "unknown") return true;
  return false;
}

/**
 * Breach history: each incident's points (occurrence, records, data sensitivity, dwell time, notification lag,
 * legal consequences, placeholder counts) times its recency weight, plus repeated entry routes and the vendor's
 * answers on notification and disclosure.
 */
export function scoreBreachHistory(context: ScoringContext): DimensionScore {
  const confidence = new ConfidenceTally();
  const list: ScoreContribution[] = [];
  for (const facts of context.incidents) {
    addIncidentContributions(context, facts, list);
    const { incident, timeline } = facts;
    confidence.add(
      INCIDENT_POINTS.records,
      incident.recordsAffected !== null && !incident.recordsIsPlaceholder ? 1 : 0,
    );
    confidence.add(INCIDENT_POINTS.sensitivity, incident.dataTypes.length > 0 ? 1 : 0);
    confidence.add(INCIDENT_POINTS.dwell, timeline.dwellDays !== null ? 1 : 0);
    confidence.add(INCIDENT_POINTS.noticeLag, timeline.noticeLagDays !== null ? 1 : 0);
  }
  addRepeatedVectorContributions(context, list);
  const unknownRoute = hasUnknownRoute(context.incidents);
  const entries = catalogueFor("breachHistory");
  const indexes = catalogueIndexesFor("breachHistory");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as CatalogueEntry;
    const applies = entry.appliesWhen === "always" || unknownRoute;
    const item = scoreCatalogueEntry(context, entry, confidence, applies, indexes[i]);
    if (item) list.push(item);
  }
  const score = scoreFromPoints(list);
  return {
    dimension: "breachHistory",
    label: "Breach history",
    score,
    tier: tierOf(score),
    confidence: confidence.value(),
    contributions: sortContributions(list),
  };
}
