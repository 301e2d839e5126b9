import { describe, expect, it } from "vitest";
import { EVIDENCE_CATALOGUE } from "./evidence-catalogue";
import { FACTOR_GROUP_LIST, FACTOR_GROUPS, groupsOf } from "./factor-groups";
import { DIMENSION_IDS } from "./types";

describe("factor groups", () => {
  it.each(DIMENSION_IDS)(
    "the weights of %s total 100, so its score never depends on how many questions it asks",
    (id) => {
      expect(groupsOf(id).reduce((sum, group) => sum + group.weight, 0)).toBe(100);
    },
  );

  it("every catalogue entry's group belongs to the entry's own dimension", () => {
    for (const entry of EVIDENCE_CATALOGUE) {
      expect(FACTOR_GROUPS[entry.group].dimension, entry.factor).toBe(entry.dimension);
    }
  });

  it("every group has a unique id, a positive weight and a label and description", () => {
    expect(new Set(FACTOR_GROUP_LIST.map((g) => g.id)).size).toBe(FACTOR_GROUP_LIST.length);
    for (const group of FACTOR_GROUP_LIST) {
      expect(group.weight).toBeGreaterThan(0);
      expect(group.label.length).toBeGreaterThan(0);
      expect(group.about).toMatch(/\.$/);
    }
  });
});
