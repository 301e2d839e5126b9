import { type SuggestedWhatIf, type VendorRiskProfile, whatIf } from "@ward/scoring";
import { changesFor, type HoldingActionKind, type WhatIfSelection } from "./what-if-changes";

/** One tickable change in the panel: an engine suggestion or one action on one holding. */
export type WhatIfItem =
  | { kind: "suggestion"; id: string }
  | { kind: "holding"; holdingId: string; action: HoldingActionKind };

export function isTicked(selection: WhatIfSelection, item: WhatIfItem): boolean {
  if (item.kind === "suggestion") return selection.suggestions.includes(item.id);
  return (selection.holdingActions[item.holdingId] ?? []).includes(item.action);
}

/** The selection with the item switched on or off, everything else as it was. */
export function withItem(selection: WhatIfSelection, item: WhatIfItem, on: boolean): WhatIfSelection {
  if (item.kind === "suggestion") {
    const rest = selection.suggestions.filter((id) => id !== item.id);
    return { ...selection, suggestions: on ? [...rest, item.id] : rest };
  }
  const rest = (selection.holdingActions[item.holdingId] ?? []).filter((a) => a !== item.action);
  return {
    ...selection,
    holdingActions: { ...selection.holdingActions, [item.holdingId]: on ? [...rest, item.action] : rest },
  };
}

/** A scorer for selections that remembers what it worked out: the panel asks for the same sets many times. */
export function selectionScorer(
  profile: VendorRiskProfile,
  asOf: string,
  suggestions: readonly SuggestedWhatIf[],
) {
  const cache = new Map<string, number>();
  return (selection: WhatIfSelection): number => {
    const changes = changesFor(selection, suggestions);
    const key = JSON.stringify(changes);
    const known = cache.get(key);
    if (known !== undefined) return known;
    const overall = whatIf(profile, {}, asOf, changes).after.overall.score;
    cache.set(key, overall);
    return overall;
  };
}

/**
 * What the item does to the overall score given the other ticked changes. Changes overlap (enforcing MFA makes
 * isolating a holding worth less) and the overall score is not a sum, so an effect "on its own" misleads as soon
 * as two are ticked. Ticked: score(all ticked) − score(all ticked but this). Unticked: score(ticked and this) −
 * score(ticked). Rounded to the engine's one decimal, as the scores are.
 */
export function marginalEffect(
  score: (selection: WhatIfSelection) => number,
  selection: WhatIfSelection,
  item: WhatIfItem,
): number {
  const on = score(withItem(selection, item, true));
  const off = score(withItem(selection, item, false));
  return Math.round((on - off) * 10) / 10;
}
