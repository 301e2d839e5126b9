import { compareText } from "./contributions";
import { catalogueEntry, goodValueOf } from "./evidence-catalogue";
import { migrationShare } from "./holding-exposure";
import { scoreWithResolvedSettings } from "./score-vendor";
import { resolveSettings } from "./scoring-context";
import type {
  ScoreContribution,
  ScoringSettings,
  SuggestedWhatIf,
  VendorRiskProfile,
  WhatIfChange,
} from "./types";
import { DIMENSION_IDS } from "./types";
import { applyWhatIfChanges, scoreDeltas } from "./what-if";

interface Candidate {
  id: string;
  label: string;
  changes: WhatIfChange[];
  /** Points of the contributions the action would address, to pick which candidates to evaluate. */
  points: number;
}

// Holding factors that only go away when the copy itself is gone.
const DESTROY_FACTORS = new Set([
  "holding.past_end_of_support",
  "holding.retained_past_retention_end",
  "holding.held_by_former_vendor",
  "holding.destruction_unproven",
]);

/**
 * The holdings an answer's action also changes. "Finish migrating" means the holdings awaiting migration are
 * migrated, and "encrypt every copy" that the unencrypted ones are encrypted: changing only the answer would leave it
 * contradicting the inventory, which the method then ignores, and the suggestion would promise almost nothing.
 */
function recordedCounterparts(profile: VendorRiskProfile, factor: string): WhatIfChange[] {
  const changes: WhatIfChange[] = [];
  for (const holding of profile.dataHoldings) {
    if (factor === "legacy.unmigrated_data" && migrationShare(holding.migrationStatus) > 0)
      changes.push({ kind: "complete_migration", holdingId: holding.id });
    if (factor === "encryption.at_rest" && holding.encryptedAtRest !== "yes")
      changes.push({ kind: "encrypt_holding", holdingId: holding.id });
  }
  return changes;
}

function candidateFor(profile: VendorRiskProfile, item: ScoreContribution): Omit<Candidate, "points"> | null {
  const entry = catalogueEntry(item.factorId);
  if (entry && (item.source.kind === "evidence" || item.source.kind === "missing")) {
    return {
      id: `set_evidence:${entry.factor}`,
      label: entry.whatIf,
      changes: [
        { kind: "set_evidence", factor: entry.factor, value: goodValueOf(entry) },
        ...recordedCounterparts(profile, entry.factor),
      ],
    };
  }
  if (item.source.kind !== "data_holding" || item.source.id === null) return null;
  const holdingId = item.source.id;
  const system = profile.dataHoldings.find((h) => h.id === holdingId)?.system ?? "the holding";
  if (item.factorId === "holding.unencrypted") {
    return {
      id: `encrypt_holding:${holdingId}`,
      label: `Encrypt ${system} at rest`,
      changes: [{ kind: "encrypt_holding", holdingId }],
    };
  }
  if (item.factorId === "holding.reachable_with_customer_credentials") {
    return {
      id: `isolate_holding:${holdingId}`,
      label: `Cut hospital logins off from ${system}`,
      changes: [{ kind: "isolate_holding", holdingId }],
    };
  }
  if (item.factorId === "holding.migration_incomplete") {
    return {
      id: `complete_migration:${holdingId}`,
      label: `Finish migrating ${system}`,
      changes: [{ kind: "complete_migration", holdingId }],
    };
  }
  if (DESTROY_FACTORS.has(item.factorId)) {
    return {
      id: `destroy_holding:${holdingId}`,
      label: `Destroy ${system} and certify it`,
      changes: [{ kind: "destroy_holding", holdingId }],
    };
  }
  return null;
}

/**
 * Actions worth trying in the what-if panel, derived from the profile's largest contributions: put a missing
 * control in place, encrypt, isolate, finish migrating or destroy a holding. Each comes with its effect on
 * every score, largest overall reduction first; actions that change nothing are left out. Incidents offer no
 * action, since history cannot be undone.
 */
export function suggestWhatIfs(
  profile: VendorRiskProfile,
  asOf: string,
  settings: ScoringSettings = {},
  limit = 6,
): SuggestedWhatIf[] {
  const resolved = resolveSettings(settings);
  const before = scoreWithResolvedSettings(profile, resolved, asOf);
  const candidates = new Map<string, Candidate>();
  for (const id of DIMENSION_IDS) {
    for (const item of before.dimensions[id].contributions) {
      if (item.points <= 0) continue;
      const found = candidateFor(profile, item);
      if (!found) continue;
      const current = candidates.get(found.id);
      candidates.set(found.id, { ...found, points: (current?.points ?? 0) + item.points });
    }
  }
  // Evaluate a few more than asked for: the largest contribution is not always the largest overall effect.
  const shortlist = [...candidates.values()]
    .sort((a, b) => b.points - a.points || compareText(a.id, b.id))
    .slice(0, limit * 2);
  const suggestions: SuggestedWhatIf[] = [];
  for (const candidate of shortlist) {
    const after = scoreWithResolvedSettings(
      applyWhatIfChanges(profile, asOf, candidate.changes),
      resolved,
      asOf,
    );
    const deltas = scoreDeltas(before, after);
    if (DIMENSION_IDS.every((id) => deltas[id] === 0) && deltas.overall === 0) continue;
    suggestions.push({ id: candidate.id, label: candidate.label, changes: candidate.changes, deltas });
  }
  return suggestions
    .sort((a, b) => a.deltas.overall - b.deltas.overall || compareText(a.id, b.id))
    .slice(0, limit);
}
