import type { AttackVector } from "@ward/contracts";
import { ConfidenceTally, contribution, sortContributions } from "./contributions";
import { scoreCatalogueEntry } from "./evidence-answers";
import { catalogueFor } from "./evidence-catalogue";
import { addIncidentContributions } from "./incident-contributions";
import { INCIDENT_POINTS } from "./incident-severity";
import { sourceUrlOf } from "./incident-timeline";
import type { ScoringContext } from "./scoring-context";
import { scoreFromPoints, tierOf } from "./tiers";
import type { DimensionScore, ScoreContribution } from "./types";

/** Points for each repeat of an entry route, weighted like the incidents that repeat it. */
export const REPEATED_VECTOR_POINTS = 10;

const VECTOR_WORDS: Record<AttackVector, string> = {
  stolen_credentials: "stolen credentials",
  credential_stuffing: "credential stuffing",
  phishing: "phishing",
  exploited_vulnerability: "an exploited vulnerability",
  ransomware: "ransomware",
  misconfiguration: "a misconfiguration",
  insider: "an insider",
  unknown: "an unknown route",
};

/**
 * A route used twice is a sign the weakness was not fixed. Points are 10 times the summed weights of every
 * incident of that route except the lightest, so they shrink as the repeats age and never grow when one ages.
 */
function addRepeatedVectorContributions(context: ScoringContext, list: ScoreContribution[]): void {
  const incidents = context.incidents;
  if (incidents.length < 2) return;
  const handled = new Set<AttackVector>(["unknown"]);
  for (const first of incidents) {
    const vector = first.incident.attackVector;
    if (handled.has(vector)) continue;
    handled.add(vector);
    const group = incidents.filter((facts) => facts.incident.attackVector === vector);
    if (group.length < 2) continue;
    let total = 0;
    let lightest = Number.POSITIVE_INFINITY;
    for (const facts of group) {
      total += facts.weight;
      lightest = Math.min(lightest, facts.weight);
    }
    const newest = group.reduce((a, b) => (b.ageYears < a.ageYears ? b : a));
    const years = group
      .map((f) => f.timeline.reference?.date.slice(0, 4) ?? "undated")
      .sort()
      .join(", ");
    list.push(
      contribution(context, {
        factorId: "incident.repeated_vector",
        label: "Same entry route used again",
        points: REPEATED_VECTOR_POINTS * (total - lightest),
        source: { kind: "incident", id: newest.incident.id, url: sourceUrlOf(newest.incident, null) },
        explanation: `Attackers got in through ${VECTOR_WORDS[vector]} in ${group.length} separate incidents (${years}), a sign the weakness was not fixed.`,
      }),
    );
  }
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
  const unknownRoute = context.incidents.some((f) => f.incident.attackVector === "unknown");
  for (const entry of catalogueFor("breachHistory")) {
    const applies = entry.appliesWhen === "always" || unknownRoute;
    const item = scoreCatalogueEntry(context, entry, confidence, applies);
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
