import { phiCategory } from "@ward/contracts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortContributions } from "./contributions";
import { isPlainDecimal } from "./evidence-answers";
import { categoryWordList, SENSITIVE_CATEGORIES, sensitiveBit } from "./incident-severity";
import { formatDate, formatList, formatMonth, formatPercent, PHI_CATEGORY_WORDS } from "./plain-language";
import { scoreVendor } from "./score-vendor";
import { AS_OF, buildEvidence, buildProfile } from "./testing/profile-builders";
import { contributionOf } from "./testing/score-lookups";
import type { ScoreContribution } from "./types";

// The helpers below replaced slower general code (a Set, a keyed table, Array.prototype.sort, toFixed); each
// test pins them to what the general code gave.

function item(id: string, points: number): ScoreContribution {
  return {
    factorId: id,
    label: id,
    points,
    source: { kind: "missing", id: null, url: null },
    explanation: id,
    question: null,
    group: "breach.data_taken",
    basis: "fact",
  };
}

describe("sorting contributions", () => {
  it("puts the largest first and keeps ties in the order they were built", () => {
    const list = [item("a", 1), item("b", 5), item("c", 1), item("d", 0), item("e", 5), item("f", 2.5)];
    expect(sortContributions(list).map((c) => c.factorId)).toEqual(["b", "e", "f", "a", "c", "d"]);
  });

  it("gives the same order as a stable Array.prototype.sort, short lists and long ones alike", () => {
    for (const length of [0, 1, 2, 17, 64, 65, 200]) {
      const list = Array.from({ length }, (_, i) => item(`f${i}`, ((i * 7919) % 13) / 2));
      const expected = [...list].sort((a, b) => b.points - a.points).map((c) => c.factorId);
      expect(sortContributions(list).map((c) => c.factorId)).toEqual(expected);
    }
  });
});

describe("sensitive categories", () => {
  it("marks exactly the categories of SENSITIVE_CATEGORIES, each with its own bit in that order", () => {
    const order = [...SENSITIVE_CATEGORIES];
    for (const category of phiCategory.options) {
      const index = order.indexOf(category);
      expect(sensitiveBit(category), category).toBe(index === -1 ? 0 : 1 << index);
    }
    expect(sensitiveBit("not a category")).toBe(0);
  });
});

describe("sentence parts", () => {
  it("writes years below 1000 as they were given", () => {
    expect(formatDate("0999-01-05")).toBe("5 Jan 0999");
    expect(formatMonth("0999-12-31")).toBe("Dec 0999");
    expect(formatDate("2025-12-01")).toBe("1 Dec 2025");
  });

  it("writes shares as whole percentages, inside and outside 0 to 100", () => {
    expect([0, 0.004, 0.35, 0.999, 1].map(formatPercent)).toEqual(["0%", "0%", "35%", "100%", "100%"]);
    expect([1.5, -0.2].map(formatPercent)).toEqual(["150%", "-20%"]);
  });
});

describe("stale answers", () => {
  const credentialOf = (
    factor: string,
    value: boolean | number | string,
    observedOn: string,
    freshDays?: number,
  ) =>
    contributionOf(
      scoreVendor(
        buildProfile({ evidence: [buildEvidence(factor, value, observedOn)] }),
        freshDays === undefined ? {} : { evidenceFreshnessDays: freshDays },
        AS_OF,
      ).dimensions.credentialHygiene,
      factor,
    );
  const offboarding = "offboarding.access_revoked_days";

  it("a number of days keeps its own sentence, then says when it was confirmed", () => {
    expect(credentialOf(offboarding, 10, "2024-11-27").explanation).toBe(
      "The vendor takes 10 days to cut off a departing employee's access, as last confirmed on 27 Nov 2024; an answer more than a year old counts for less.",
    );
  });

  it("names the organization's own freshness limit", () => {
    expect(credentialOf("sso.customer_users", true, "2026-01-01", 200).explanation).toBe(
      "Hospital users sign in through the hospital's own identity provider, as last confirmed on 1 Jan 2026; an answer more than 200 days old counts for less.",
    );
  });

  it("refuses an answer whose date is not a date", () => {
    expect(() => credentialOf(offboarding, 1, "last spring")).toThrow(RangeError);
  });
});

describe("reading answers and naming categories", () => {
  it("takes a text as a number of days exactly when the regular expression it replaced did", () => {
    const characters = fc.constantFrom("0", "4", "9", ".", "a", " ", "-", "+", "e", "\n", "\u0661");
    const texts = fc.oneof(
      fc.string(),
      fc.array(characters, { maxLength: 8 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(isPlainDecimal(text)).toBe(/^\d+(\.\d+)?$/.test(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ["", ".", "1.", ".5", "12", "12.50", "1.2.3", "1\n", "unknown"]) {
      expect(isPlainDecimal(text), text).toBe(/^\d+(\.\d+)?$/.test(text));
    }
  });

  it("lists category words as formatList of the mapped words did, sensitive ones or the first few", () => {
    const categories = fc.array(fc.constantFrom(...phiCategory.options, "not_a_category", "constructor"), {
      maxLength: 9,
    });
    const words = (list: readonly string[]) =>
      list.map((category) => PHI_CATEGORY_WORDS[category] ?? category);
    fc.assert(
      fc.property(categories, fc.integer({ min: 0, max: 10 }), (list, limit) => {
        expect(categoryWordList(list, false, limit)).toBe(formatList(words(list.slice(0, limit))));
        const sensitive = list.filter((category) => sensitiveBit(category) !== 0);
        expect(categoryWordList(list, true, list.length)).toBe(formatList(words(sensitive)));
      }),
      { numRuns: 3000 },
    );
  });
});
