import type { EntryRoute } from "@ward/contracts";
import { answerShare, assuranceCredit, factShare, UNKNOWN_SHARES } from "./assurance";
import { DimensionBuilder } from "./dimension-builder";
import { answerRisk, freshness, scoreCatalogueEntry } from "./evidence-answers";
import {
  type CatalogueEntry,
  catalogueEntry,
  catalogueFor,
  catalogueIndexesFor,
  catalogueIndexOf,
} from "./evidence-catalogue";
import { FACTOR_GROUPS } from "./factor-groups";
import { addIncidentContributions } from "./incident-contributions";
import type { IncidentFacts } from "./incident-severity";
import type { ScoringContext } from "./scoring-context";
import type { DimensionScore } from "./types";

const ROUTE_WORDS: Record<EntryRoute, string> = {
  stolen_credentials: "stolen credentials",
  credential_stuffing: "credential stuffing",
  phishing: "phishing",
  exploited_vulnerability: "an exploited vulnerability",
  misconfiguration: "a misconfiguration",
  insider: "an insider",
  third_party: "a third party",
  unknown: "an unknown route",
};

/** Whether two incidents share a known route: most vendors have none, and then nothing is built. */
function anyRouteRepeated(incidents: readonly IncidentFacts[]): boolean {
  for (let i = 0; i < incidents.length; i++) {
    const route = (incidents[i] as IncidentFacts).incident.entryRoute;
    if (route === "unknown") continue;
    for (let j = i + 1; j < incidents.length; j++)
      if ((incidents[j] as IncidentFacts).incident.entryRoute === route) return true;
  }
  return false;
}

/**
 * A route used twice is a sign the weakness was not fixed. The share is the summed weights of every incident of
 * that route except the lightest, capped at 1, so it shrinks as the repeats age and never grows when one ages.
 */
function addRepeatedRoutes(context: ScoringContext, builder: DimensionBuilder): void {
  const incidents = context.incidents;
  if (incidents.length < 2 || !anyRouteRepeated(incidents)) return;
  const seen = new Set<EntryRoute>();
  for (const first of incidents) {
    const route = first.incident.entryRoute;
    if (route === "unknown" || seen.has(route)) continue;
    seen.add(route);
    const same = incidents.filter((facts) => facts.incident.entryRoute === route);
    if (same.length < 2) continue;
    // Summed without the lightest rather than all minus the lightest: a subtraction can land a hair off the
    // exact sum and round the other way, so a heavier incident could seem to lower the charge.
    let lightest = 0;
    let newest = same[0] as IncidentFacts;
    for (let i = 0; i < same.length; i++) {
      const facts = same[i] as IncidentFacts;
      if (facts.weight < (same[lightest] as IncidentFacts).weight) lightest = i;
      if (facts.ageYears < newest.ageYears) newest = facts;
    }
    let total = 0;
    for (let i = 0; i < same.length; i++) if (i !== lightest) total += (same[i] as IncidentFacts).weight;
    const years = same.map((facts) => facts.timeline.reference?.date.slice(0, 4) ?? "undated").sort();
    builder.add(
      FACTOR_GROUPS.repeatedRoute,
      "incident.repeated_route",
      "Same entry route used again",
      factShare(Math.min(1, total)),
      newest.source,
      `Attackers got in through ${ROUTE_WORDS[route]} in ${same.length} separate incidents (${years.join(", ")}), a sign the weakness was not fixed.`,
      null,
    );
  }
}

/** The groups that count recorded incidents, which an incomplete record leaves open. */
const INCIDENT_GROUPS = [
  FACTOR_GROUPS.dataTaken,
  FACTOR_GROUPS.outage,
  FACTOR_GROUPS.detection,
  FACTOR_GROUPS.disclosure,
  FACTOR_GROUPS.regulatory,
  FACTOR_GROUPS.repeatedRoute,
] as const;

const HISTORY = catalogueEntry("disclosure.incident_history_attested") as CatalogueEntry;
const HISTORY_INDEX = catalogueIndexOf(HISTORY.factor) as number;

/**
 * How far the incident record can be trusted to be complete, 0..1: the credit of the vendor's written incident
 * history when it says the list is complete; 0 when nobody has said. Incidents that may be missing cost nothing in
 * the groups that count incidents (the charge for them is in "Incidents not on record", once), but they widen
 * those groups' ranges and lower their coverage until the record is checked.
 */
function historyCredit(context: ScoringContext): { credit: number; answered: boolean } {
  const row = context.answers[HISTORY_INDEX];
  if (!row) return { credit: 0, answered: false };
  const risk = answerRisk(HISTORY, row.value);
  if (risk === null) return { credit: 0, answered: false };
  const fresh = freshness(
    context.asOfDay - (context.answerDays[HISTORY_INDEX] as number),
    context.settings.evidenceFreshnessDays,
  );
  const share = answerShare(risk, assuranceCredit(row.assurance) * fresh, UNKNOWN_SHARES.breachHistory);
  return { credit: 1 - share.high, answered: true };
}

function hasUnknownRoute(incidents: readonly IncidentFacts[]): boolean {
  for (const facts of incidents) if (facts.incident.entryRoute === "unknown") return true;
  return false;
}

/**
 * Breach history: the worst incident in each of data taken, services stopped, time unnoticed, disclosure and
 * legal consequences, each weighted by recency and charged once; entry routes used again; the vendor's notification
 * commitments; and whether the record of incidents is complete.
 */
export function scoreBreachHistory(context: ScoringContext): DimensionScore {
  const builder = new DimensionBuilder(context, "breachHistory", "Breach history");
  for (const facts of context.incidents) addIncidentContributions(context, builder, facts);
  addRepeatedRoutes(context, builder);
  const history = historyCredit(context);
  for (const group of INCIDENT_GROUPS) builder.allowUnrecorded(group, 1 - history.credit, history.answered);
  const unknownRoute = hasUnknownRoute(context.incidents);
  const entries = catalogueFor("breachHistory");
  const indexes = catalogueIndexesFor("breachHistory");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as CatalogueEntry;
    scoreCatalogueEntry(context, builder, entry, entry.appliesWhen === "always" || unknownRoute, indexes[i]);
  }
  return builder.build();
}
