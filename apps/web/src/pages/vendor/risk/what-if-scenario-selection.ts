import type { WhatIfChangeDto } from "@ward/contracts";
import { answerRisk, catalogueEntry, type SuggestedWhatIf } from "@ward/scoring";
import {
  type HoldingActionKind,
  type IncidentFacts,
  isHoldingAction,
  type WhatIfSelection,
} from "./what-if-changes";

const sameChange = (a: WhatIfChangeDto, b: WhatIfChangeDto) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The panel's ticks for a saved scenario's changes: a change one of today's suggestions makes ticks that
 * suggestion, a holding action ticks it under its holding, and an evidence answer becomes "yes" when it is the
 * answer that adds no risk. Holdings the vendor no longer has are left out, as the engine could not apply them.
 */
export function selectionFromChanges(
  changes: readonly WhatIfChangeDto[],
  suggestions: readonly SuggestedWhatIf[],
  holdingIds: ReadonlySet<string>,
): WhatIfSelection {
  const picked: string[] = [];
  const holdingActions: Record<string, HoldingActionKind[]> = {};
  const evidence: Record<string, boolean> = {};
  const recordCounts: Record<string, number | null> = {};
  const incidentFacts: Record<string, IncidentFacts> = {};
  for (const change of changes) {
    const suggestion = suggestions.find(
      (s) => s.changes.length === 1 && s.changes[0] && sameChange(s.changes[0], change),
    );
    if (suggestion) {
      if (!picked.includes(suggestion.id)) picked.push(suggestion.id);
    } else if (change.kind === "set_evidence") {
      const entry = catalogueEntry(change.factor);
      if (entry) evidence[change.factor] = answerRisk(entry, change.value) === 0;
    } else if (change.kind === "set_record_count") {
      if (holdingIds.has(change.holdingId)) recordCounts[change.holdingId] = change.recordCount;
    } else if (change.kind === "update_incident") {
      const facts: IncidentFacts = { ...incidentFacts[change.incidentId] };
      if (change.dataTaken) facts.dataTaken = change.dataTaken;
      if (change.serviceOutage) facts.serviceOutage = change.serviceOutage;
      incidentFacts[change.incidentId] = facts;
    } else if (isHoldingAction(change) && holdingIds.has(change.holdingId)) {
      const kinds = holdingActions[change.holdingId] ?? [];
      if (!kinds.includes(change.kind)) holdingActions[change.holdingId] = [...kinds, change.kind];
    }
  }
  return { suggestions: picked, holdingActions, evidence, recordCounts, incidentFacts };
}
