import { describe, expect, it } from "vitest";
import { type ChargePart, splitAmongUnanswered, splitByLargestRemainder } from "./charge-split";
import type { ScoreContribution } from "./types";

const contribution = (id: string, basis: ScoreContribution["basis"] = "fact"): ScoreContribution => ({
  factorId: id,
  label: id,
  points: 0,
  source: { kind: "data_holding", id, url: null },
  explanation: `${id}.`,
  question: null,
  group: "legacy.unsupported_systems",
  basis,
});
const parts = (...weights: number[]): ChargePart[] =>
  weights.map((weight, i) => ({ contribution: contribution(`p${i}`), weight }));
const points = (list: readonly ChargePart[]) => list.map((part) => part.contribution.points);

describe("splitting a shared charge", () => {
  it("gives the leftover tenths to the largest remainders, so the parts add up to the charge", () => {
    const three = parts(1, 1, 1);
    splitByLargestRemainder(three, 351);
    expect(points(three)).toEqual([11.7, 11.7, 11.7]);
    const uneven = parts(1, 2);
    splitByLargestRemainder(uneven, 100);
    expect(points(uneven)).toEqual([3.3, 6.7]);
  });

  it("puts the whole charge on the one part with weight, and shares it evenly when none has any", () => {
    const one = parts(0, 5, 0);
    splitByLargestRemainder(one, 42);
    expect(points(one)).toEqual([0, 4.2, 0]);
    const none = parts(0, 0);
    splitByLargestRemainder(none, 7);
    expect(points(none)).toEqual([0.4, 0.3]);
  });

  it("shares a charge among the unanswered answers only, the first of equals taking the leftover", () => {
    const answers = [contribution("a", "missing"), contribution("b", "fact"), contribution("c", "missing")];
    splitAmongUnanswered(answers, 2, 45);
    expect(answers.map((a) => a.points)).toEqual([2.3, 0, 2.2]);
  });
});
