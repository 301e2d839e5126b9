import { describe, expect, it } from "vitest";
import { catalogueFixture } from "./catalogue-fixture";
import { answerFields, answerValue, describeAnswer, NUMBER_ANSWER } from "./evidence-answer";

const [coverage, days, boolean] = catalogueFixture as [
  (typeof catalogueFixture)[0],
  (typeof catalogueFixture)[0],
  (typeof catalogueFixture)[0],
];

describe("evidence answers", () => {
  it.each<[string, typeof coverage, boolean | number | string, string]>([
    ["a yes", boolean, true, "Yes"],
    ["a no typed as text", boolean, "no", "No"],
    ["an unknown", boolean, "unknown", "Unknown"],
    ["a share", coverage, 0.6, "60%"],
    ["a percentage above 1", coverage, 80, "80%"],
    ["partial coverage", coverage, "partial", "Partly"],
    ["a number of days", days, 14, "14 days"],
    ["one day", days, 1, "1 day"],
    ["days as text", days, "30", "30 days"],
    ["false as never", days, false, "Never"],
  ])("reads %s in words", (_, entry, value, words) => {
    expect(describeAnswer(entry, value)).toBe(words);
  });

  it("shows a value of a key outside the catalogue as it was stored", () => {
    expect(describeAnswer(undefined, true)).toBe("Yes");
    expect(describeAnswer(undefined, "quarterly")).toBe("quarterly");
  });

  it("opens a stored value in the control that wrote it, and sends it back unchanged", () => {
    for (const [entry, value] of [
      [coverage, 0.25],
      [coverage, "partial"],
      [days, 7],
      [days, "never"],
      [boolean, false],
    ] as const) {
      const fields = answerFields(entry, value);
      expect(answerValue(entry, fields.value, fields.amount), `${entry.key} ${value}`).toBe(value);
    }
    expect(answerFields(coverage, 0.25)).toEqual({ value: NUMBER_ANSWER, amount: 25 });
  });

  it("has no answer for a number that is not typed yet", () => {
    expect(answerValue(days, NUMBER_ANSWER, "")).toBeUndefined();
    expect(answerValue(boolean, null, "")).toBeUndefined();
  });
});
