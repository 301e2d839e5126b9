import type { DataHoldingDto, TriState } from "@ward/contracts";
import { type CatalogueEntry, catalogueEntry, type SuggestedWhatIf, type WhatIfChange } from "@ward/scoring";

/** The per-holding actions the engine can simulate. */
export type HoldingActionKind =
  | "destroy_holding"
  | "complete_migration"
  | "encrypt_holding"
  | "isolate_holding";

export const HOLDING_ACTIONS: readonly { kind: HoldingActionKind; label: string }[] = [
  { kind: "destroy_holding", label: "Destroy it and certify the destruction" },
  { kind: "complete_migration", label: "Finish the migration" },
  { kind: "encrypt_holding", label: "Encrypt it at rest" },
  { kind: "isolate_holding", label: "Cut hospital logins off from it" },
];

/** A change that is one of the per-holding actions the panel offers as ticks. */
export function isHoldingAction(
  change: WhatIfChange,
): change is Extract<WhatIfChange, { kind: HoldingActionKind }> {
  return HOLDING_ACTIONS.some((action) => action.kind === change.kind);
}

/** Whether an action would change nothing because the holding is already that way. */
export function actionAlreadyDone(kind: HoldingActionKind, holding: DataHoldingDto): boolean {
  switch (kind) {
    case "destroy_holding":
      return holding.destroyedOn !== null && Boolean(holding.destructionEvidence);
    case "complete_migration":
      return holding.migrationStatus === "completed" || holding.migrationStatus === "not_applicable";
    case "encrypt_holding":
      return holding.encryptedAtRest === "yes";
    case "isolate_holding":
      return holding.reachableWithCustomerCredentials === "no";
  }
}

/** What the analyst has ticked and set in the what-if panel. Nothing here is ever sent to the server. */
export interface WhatIfSelection {
  /** Ids of the engine's suggestions that are switched on. */
  suggestions: readonly string[];
  /** Per holding id, the actions switched on. */
  holdingActions: Readonly<Record<string, readonly HoldingActionKind[]>>;
  /** Per evidence key, the answer: true for "yes", false for "no". */
  evidence: Readonly<Record<string, boolean>>;
  /** Per holding id, a record count to try instead of the recorded one (null: unknown). */
  recordCounts: Readonly<Record<string, number | null>>;
  /** Per incident id, impact facts to try instead of the recorded ones. */
  incidentFacts: Readonly<Record<string, IncidentFacts>>;
}

/** The facts of an incident's impact the what-if can change; a field left out keeps the recorded value. */
export interface IncidentFacts {
  dataTaken?: TriState;
  serviceOutage?: TriState;
}

export const EMPTY_SELECTION: WhatIfSelection = {
  suggestions: [],
  holdingActions: {},
  evidence: {},
  recordCounts: {},
  incidentFacts: {},
};

export function isEmptySelection(selection: WhatIfSelection): boolean {
  return (
    selection.suggestions.length === 0 &&
    Object.values(selection.holdingActions).every((kinds) => kinds.length === 0) &&
    Object.keys(selection.evidence).length === 0 &&
    Object.keys(selection.recordCounts).length === 0 &&
    Object.values(selection.incidentFacts).every((facts) => Object.keys(facts).length === 0)
  );
}

/**
 * The value a "yes" or "no" stands for. Booleans and coverage take it literally; a day count cannot, so "yes"
 * means the control's good threshold is met and "no" means it never happens (the worst answer).
 */
export function evidenceValueFor(entry: CatalogueEntry, yes: boolean): boolean | number {
  if (entry.kind === "days") return yes ? entry.goodAtMost : false;
  return yes;
}

/**
 * The engine's change list for a selection. Facts first (record counts, incident impact), as they describe the
 * vendor as it is; then suggestions, holding actions and evidence answers: the engine applies changes in order,
 * so an answer the analyst set by hand wins over a suggestion's.
 */
export function changesFor(
  selection: WhatIfSelection,
  suggestions: readonly SuggestedWhatIf[],
): WhatIfChange[] {
  const chosen = suggestions.filter((s) => selection.suggestions.includes(s.id)).flatMap((s) => s.changes);
  const holdings = Object.entries(selection.holdingActions).flatMap(([holdingId, kinds]) =>
    kinds.map((kind): WhatIfChange => ({ kind, holdingId })),
  );
  const evidence = Object.entries(selection.evidence).flatMap(([factor, yes]): WhatIfChange[] => {
    const entry = catalogueEntry(factor);
    return entry ? [{ kind: "set_evidence", factor, value: evidenceValueFor(entry, yes) }] : [];
  });
  const counts = Object.entries(selection.recordCounts ?? {}).map(
    ([holdingId, recordCount]): WhatIfChange => ({ kind: "set_record_count", holdingId, recordCount }),
  );
  const incidents = Object.entries(selection.incidentFacts ?? {}).flatMap(
    ([incidentId, facts]): WhatIfChange[] =>
      Object.keys(facts).length > 0 ? [{ kind: "update_incident", incidentId, ...facts }] : [],
  );
  return [...counts, ...incidents, ...chosen, ...holdings, ...evidence];
}
