import type { IncidentDto } from "@ward/contracts";
import { entryRouteLabels } from "../../labels/enum-labels";
import { formatCount } from "../../labels/format";

type ImpactFacts = Pick<
  IncidentDto,
  "entryRoute" | "dataTaken" | "encryptedForExtortion" | "serviceOutage" | "outageDays" | "servicesStopped"
>;

function outagePart(incident: ImpactFacts): string | null {
  if (incident.serviceOutage === "no") return "No outage";
  if (incident.serviceOutage !== "yes") return null;
  const days = incident.outageDays;
  const length = days === null ? "Outage" : `Outage of ${formatCount(days)} ${days === 1 ? "day" : "days"}`;
  return incident.servicesStopped.length > 0 ? `${length}: ${incident.servicesStopped.join(", ")}` : length;
}

/**
 * How they got in and what happened, in one line: "Entry: stolen credentials · Data taken · Systems encrypted
 * for extortion · Outage of 8 days: EHR, e-prescribing". What no source says is left out rather than guessed.
 */
export function incidentImpactLine(incident: ImpactFacts): string {
  const parts = [`Entry: ${entryRouteLabels[incident.entryRoute].toLowerCase()}`];
  if (incident.dataTaken === "yes") parts.push("Data taken");
  if (incident.dataTaken === "no") parts.push("No data taken");
  if (incident.encryptedForExtortion === "yes") parts.push("Systems encrypted for extortion");
  if (incident.encryptedForExtortion === "no") parts.push("Nothing encrypted");
  const outage = outagePart(incident);
  if (outage) parts.push(outage);
  return parts.join(" · ");
}
