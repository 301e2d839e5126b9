import { suggestWhatIfs, whatIf } from "@ward/scoring";
import { describe, expect, it } from "vitest";
import { legacyHolding } from "../../../test/fixtures";
import { oracleProfile, SCORE_AS_OF } from "../../../test/risk-fixtures";
import { changesFor, EMPTY_SELECTION, type WhatIfSelection } from "./what-if-changes";
import { marginalEffect, selectionScorer, type WhatIfItem, withItem } from "./what-if-marginal";

const suggestions = suggestWhatIfs(oracleProfile, SCORE_AS_OF);
const score = selectionScorer(oracleProfile, SCORE_AS_OF, suggestions);
const items: WhatIfItem[] = suggestions.map((s) => ({ kind: "suggestion", id: s.id }));
const baseline = score(EMPTY_SELECTION);
const round = (n: number) => Math.round(n * 10) / 10;

function tickAll(selection: WhatIfSelection, chosen: readonly WhatIfItem[]) {
  return chosen.reduce((s, item) => withItem(s, item, true), selection);
}

describe("marginal what-if effects on Oracle Health", () => {
  it("has several overlapping suggestions, so effects on their own overstate what they do together", () => {
    expect(suggestions.length).toBeGreaterThanOrEqual(3);
    const alone = suggestions.reduce((sum, s) => sum + s.deltas.overall, 0);
    const together = score(tickAll(EMPTY_SELECTION, items)) - baseline;
    expect(Math.abs(alone - together)).toBeGreaterThan(0.5);
  });

  it("shows an unticked change's effect on its own when nothing else is ticked", () => {
    for (const [i, item] of items.entries()) {
      expect(marginalEffect(score, EMPTY_SELECTION, item)).toBe(suggestions[i]?.deltas.overall);
    }
  });

  it("shows a ticked change as what removing it from the ticked set would undo", () => {
    const all = tickAll(EMPTY_SELECTION, items);
    for (const item of items) {
      const without = score(withItem(all, item, false));
      expect(marginalEffect(score, all, item)).toBe(round(score(all) - without));
    }
  });

  it("adds up: ticking one change after another, the figures shown add to the combined effect", () => {
    let selection = EMPTY_SELECTION;
    let shown = 0;
    for (const item of items) {
      shown += marginalEffect(score, selection, item);
      selection = withItem(selection, item, true);
    }
    const combined = whatIf(oracleProfile, {}, SCORE_AS_OF, changesFor(selection, suggestions)).deltas
      .overall;
    // Each figure is rounded to one decimal, so the sum may drift by half a point per figure at most.
    expect(Math.abs(shown - combined)).toBeLessThanOrEqual(0.05 * items.length + 1e-9);
  });

  it("shows an unticked change as what it adds on top of the ticked ones", () => {
    const [first, second] = items;
    if (!first || !second) throw new Error("the fixture offers two suggestions");
    const one = withItem(EMPTY_SELECTION, first, true);
    const both = withItem(one, second, true);
    expect(marginalEffect(score, one, second)).toBe(round(score(both) - score(one)));
  });

  it("treats a holding action like a suggestion", () => {
    const destroy: WhatIfItem = { kind: "holding", holdingId: legacyHolding.id, action: "destroy_holding" };
    const effect = marginalEffect(score, EMPTY_SELECTION, destroy);
    expect(effect).toBeLessThan(0);
    expect(marginalEffect(score, withItem(EMPTY_SELECTION, destroy, true), destroy)).toBe(effect);
  });
});
