import { defaultAssurance, type EvidenceOrigin } from "@ward/contracts";
import type { DataHoldingRow, EvidenceRow } from "@ward/db";
import { ValidationError } from "./errors";

/** The value a record will have after the change: the one sent, else the one stored. */
function after<T>(values: Record<string, unknown>, before: T | undefined, key: keyof T & string): unknown {
  return key in values ? values[key] : before?.[key];
}

/**
 * Evidence without an assurance gets what its origin can vouch for; a documented fact must name its document and
 * no other fact keeps one. Moving a fact off `documented` drops its document rather than leaving a stray one.
 */
export function settleAssurance(
  values: Record<string, unknown>,
  before?: EvidenceRow,
): Record<string, unknown> {
  const settled = { ...values };
  if (before === undefined && settled.assurance === undefined)
    settled.assurance = defaultAssurance(settled.origin as EvidenceOrigin);
  const assurance = after(settled, before, "assurance");
  if ("assurance" in settled && assurance !== "documented" && !("document" in settled))
    settled.document = null;
  const document = after(settled, before, "document") ?? null;
  if (assurance === "documented" && document === null)
    throw new ValidationError("A documented fact names its document", [
      { path: "document", message: "Name the document behind a documented fact" },
    ]);
  if (assurance !== "documented" && document !== null)
    throw new ValidationError("Only a documented fact has a document", [
      { path: "document", message: "Only a documented fact has a document; set assurance to documented" },
    ]);
  return settled;
}

/**
 * A destruction is backed by something: recorded without saying what, it is the vendor's word (`self_attested`),
 * which is kept but proves nothing. What backs a destruction needs a destruction, and un-destroying a holding
 * clears it.
 */
export function settleDestruction(
  values: Record<string, unknown>,
  before?: DataHoldingRow,
): Record<string, unknown> {
  const settled = { ...values };
  const destroyedOn = after(settled, before, "destroyedOn") ?? null;
  const assurance = after(settled, before, "destructionAssurance") ?? null;
  if (destroyedOn === null && assurance !== null) {
    if ("destructionAssurance" in settled)
      throw new ValidationError("Say when the holding was destroyed", [
        { path: "destroyedOn", message: "Give the date of the destruction this backs" },
      ]);
    settled.destructionAssurance = null;
  }
  if (destroyedOn !== null && assurance === null) settled.destructionAssurance = "self_attested";
  return settled;
}

interface OutageFacts {
  serviceOutage?: string;
  outageDays?: number | null;
  servicesStopped?: string[];
}

/**
 * An outage's length and services belong to an incident with an outage. Saying there was none (or that it is not
 * known) drops the stored details; sending details for an incident stored without an outage is refused.
 */
export function settleOutage<T extends OutageFacts>(patch: T, before: Required<OutageFacts>): T {
  if (patch.serviceOutage !== undefined && patch.serviceOutage !== "yes") {
    return { ...patch, outageDays: patch.outageDays ?? null, servicesStopped: patch.servicesStopped ?? [] };
  }
  if ((patch.serviceOutage ?? before.serviceOutage) === "yes") return patch;
  const issues = [];
  if (patch.outageDays !== undefined && patch.outageDays !== null)
    issues.push({ path: "outageDays", message: "Set service outage to yes before giving its length" });
  if (patch.servicesStopped !== undefined && patch.servicesStopped.length > 0)
    issues.push({ path: "servicesStopped", message: "Set service outage to yes before naming what stopped" });
  if (issues.length > 0)
    throw new ValidationError("Only an incident with a service outage has these", issues);
  return patch;
}
