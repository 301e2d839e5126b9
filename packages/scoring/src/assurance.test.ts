import { describe, expect, it } from "vitest";
import {
  ASSURANCE_CREDIT,
  answerShare,
  dangerShare,
  factShare,
  UNKNOWN_SHARES,
  unknownShare,
} from "./assurance";
import { DIMENSION_IDS } from "./types";

describe("assurance", () => {
  it.each(DIMENSION_IDS)(
    "a missing answer in %s costs strictly between the best and the worst answer",
    (id) => {
      expect(UNKNOWN_SHARES[id]).toBeGreaterThan(0);
      expect(UNKNOWN_SHARES[id]).toBeLessThan(1);
      expect(unknownShare(UNKNOWN_SHARES[id])).toEqual({
        mid: UNKNOWN_SHARES[id],
        low: 0,
        high: 1,
        basis: "missing",
      });
    },
  );

  it("credit rises with what backs an answer: the vendor's word, a document, a check or a public record", () => {
    expect(ASSURANCE_CREDIT.self_attested).toBeLessThan(ASSURANCE_CREDIT.documented);
    expect(ASSURANCE_CREDIT.documented).toBeLessThan(ASSURANCE_CREDIT.verified);
    expect(ASSURANCE_CREDIT.verified).toBe(1);
    expect(ASSURANCE_CREDIT.public_record).toBe(1);
  });

  it.each([
    [0.5, { mid: 0.25, low: 0, high: 0.5, basis: "unverified" }],
    [0.8, { mid: 0.1, low: 0, high: 0.2, basis: "unverified" }],
    [1, { mid: 0, low: 0, high: 0, basis: "fact" }],
  ])("a good answer believed to %d moves the charge from unknown toward nothing", (credit, expected) => {
    const share = answerShare(0, credit, 0.5);
    expect(share.mid).toBeCloseTo(expected.mid, 10);
    expect(share.low).toBeCloseTo(expected.low, 10);
    expect(share.high).toBeCloseTo(expected.high, 10);
    expect(share.basis).toBe(expected.basis);
  });

  it("a bad answer is believed in full, whatever backs it", () => {
    for (const credit of [0, 0.5, 1]) expect(answerShare(1, credit, 0.5)).toEqual(factShare(1));
  });

  it("an answer with no credit at all (fully aged) costs what no answer costs", () => {
    expect(answerShare(0, 0, 0.45).mid).toBeCloseTo(0.45, 10);
  });

  it("the share never leaves its range, and more credit never costs more", () => {
    for (const risk of [0, 0.2, 0.4]) {
      let previous = Number.POSITIVE_INFINITY;
      for (const credit of [0, 0.25, 0.5, 0.8, 1]) {
        const share = answerShare(risk, credit, 0.5);
        expect(share.low).toBeLessThanOrEqual(share.mid);
        expect(share.mid).toBeLessThanOrEqual(share.high);
        expect(share.mid).toBeLessThanOrEqual(previous);
        previous = share.mid;
      }
    }
  });

  it("a tri-state danger is a fact when known and the unknown share when not", () => {
    expect(dangerShare("yes", 0.5)).toEqual(factShare(1));
    expect(dangerShare("no", 0.5)).toEqual(factShare(0));
    expect(dangerShare("unknown", 0.5)).toEqual(unknownShare(0.5));
  });
});
