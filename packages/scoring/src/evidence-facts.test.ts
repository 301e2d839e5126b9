import { evidenceFactor } from "@ward/contracts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerRisk } from "./evidence-answers";
import { catalogueEntry, EVIDENCE_CATALOGUE } from "./evidence-catalogue";
import type { EvidenceValueKind } from "./evidence-fact";
import {
  ANSWER_SHAPES,
  type AnswerShape,
  acceptsAnswer,
  EVIDENCE_FACTS,
  evidenceFact,
  expectedAnswer,
} from "./evidence-facts";
import { SEED_PROFILES } from "./testing/seed-profiles";

const isUnknown = (value: unknown) => typeof value === "string" && value.trim().toLowerCase() === "unknown";

describe("evidence facts", () => {
  it("every key is unique, a valid contract factor, and asks a question", () => {
    const keys = EVIDENCE_FACTS.map((fact) => fact.factor);
    expect(new Set(keys).size).toBe(keys.length);
    for (const fact of EVIDENCE_FACTS) {
      expect(evidenceFactor.safeParse(fact.factor).success, fact.factor).toBe(true);
      expect(fact.question, fact.factor).toMatch(/^[A-Z].*\?$/);
      expect(fact.label.length, fact.factor).toBeGreaterThan(0);
    }
  });

  it("lists every scored key with the dimension it moves, and only scored keys have a dimension", () => {
    for (const entry of EVIDENCE_CATALOGUE) {
      expect(evidenceFact(entry.factor)).toMatchObject({ dimension: entry.dimension, kind: entry.kind });
    }
    for (const fact of EVIDENCE_FACTS) {
      expect(fact.dimension === null, fact.factor).toBe(catalogueEntry(fact.factor) === undefined);
    }
  });

  it("knows every key the demo seed uses, with a value its kind accepts", () => {
    for (const profile of SEED_PROFILES.values()) {
      for (const row of profile.evidence) {
        const fact = evidenceFact(row.factor);
        expect(fact, row.factor).toBeDefined();
        if (fact) expect(acceptsAnswer(fact.kind, row.value), row.factor).toBe(true);
      }
    }
  });

  it("finds nothing for a mistyped key or an inherited property name", () => {
    for (const key of ["mfa.remote_acess", "constructor", "__proto__", "toString", ""]) {
      expect(evidenceFact(key), key).toBeUndefined();
    }
  });

  it("accepts every choice and number bound the catalogue publishes", () => {
    for (const [kind, shape] of Object.entries(ANSWER_SHAPES) as [EvidenceValueKind, AnswerShape][]) {
      for (const choice of shape.choices) expect(acceptsAnswer(kind, choice.value), `${kind}`).toBe(true);
      if (shape.number) {
        expect(acceptsAnswer(kind, shape.number.min)).toBe(true);
        if (shape.number.max !== null) expect(acceptsAnswer(kind, shape.number.max)).toBe(true);
      }
    }
  });

  it("never accepts a value the engine would read as no answer at all", () => {
    const values = fc.oneof(
      fc.boolean(),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -200, max: 400 }),
      fc.integer({ min: -5, max: 200 }),
      fc.constantFrom(
        "yes",
        "No",
        " TRUE ",
        "false",
        "partial",
        "never",
        "unknown",
        "12",
        "1.5",
        "maybe",
        "",
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...EVIDENCE_CATALOGUE), values, (entry, value) => {
        if (!acceptsAnswer(entry.kind, value)) return;
        expect(answerRisk(entry, value) !== null || isUnknown(value)).toBe(true);
      }),
    );
  });

  it.each<[EvidenceValueKind, unknown]>([
    ["boolean", "maybe"],
    ["boolean", 3],
    ["boolean", "partial"],
    ["coverage", 150],
    ["coverage", -0.1],
    ["coverage", "half"],
    ["days", -1],
    ["days", true],
    ["days", "soon"],
    ["days", "yes"],
  ])("a %s fact refuses %j", (kind, value) => {
    expect(acceptsAnswer(kind, value)).toBe(false);
  });

  it("names the key and its label when it explains a refused value", () => {
    const fact = evidenceFact("offboarding.access_revoked_days");
    if (!fact) throw new Error("missing fact");
    expect(expectedAnswer(fact)).toContain("offboarding.access_revoked_days");
    expect(expectedAnswer(fact)).toContain(fact.label);
  });
});
