import { isPlainDecimal } from "./evidence-answers";
import { EVIDENCE_CATALOGUE } from "./evidence-catalogue";
import type { EvidenceFact, EvidenceValueKind } from "./evidence-fact";
import { RECORDED_EVIDENCE } from "./recorded-evidence";

/**
 * Every fact Ward accepts as evidence: the scored catalogue first, in its order, then the facts kept for the
 * record. A key outside this list is a typing mistake, not a new fact.
 */
export const EVIDENCE_FACTS: readonly EvidenceFact[] = [
  ...EVIDENCE_CATALOGUE.map(
    ({ factor, label, question, kind, dimension }): EvidenceFact => ({
      factor,
      label,
      question,
      kind,
      dimension,
    }),
  ),
  ...RECORDED_EVIDENCE,
];

const factsByKey = new Map(EVIDENCE_FACTS.map((fact) => [fact.factor, fact]));

/** The fact an evidence key names, or undefined when Ward knows no such fact. */
export function evidenceFact(factor: string): EvidenceFact | undefined {
  return factsByKey.get(factor);
}

/** One value a person can pick for a fact, with the words for it. */
export interface AnswerChoice {
  value: boolean | string;
  label: string;
}

/** The values a kind of fact takes: fixed choices, and for some kinds a number in a range. */
export interface AnswerShape {
  choices: readonly AnswerChoice[];
  /** `share`: the part of users or systems covered, 0 to 1. `days`: a whole or fractional number of days. */
  number: { unit: "share" | "days"; min: number; max: number | null } | null;
}

const unknownChoice: AnswerChoice = { value: "unknown", label: "Unknown" };

/** What each kind of fact accepts, as the catalogue publishes it and the evidence form offers it. */
export const ANSWER_SHAPES: Readonly<Record<EvidenceValueKind, AnswerShape>> = {
  boolean: {
    choices: [{ value: true, label: "Yes" }, { value: false, label: "No" }, unknownChoice],
    number: null,
  },
  coverage: {
    choices: [
      { value: true, label: "Yes, everywhere" },
      { value: "partial", label: "Partly" },
      { value: false, label: "No" },
      unknownChoice,
    ],
    number: { unit: "share", min: 0, max: 1 },
  },
  days: {
    choices: [{ value: "never", label: "Never" }, unknownChoice],
    number: { unit: "days", min: 0, max: null },
  },
};

/**
 * Whether a value is one the engine can read for a fact of this kind, or an explicit "unknown". Anything else
 * would be stored and score as if nobody had answered, so the API refuses it. Text answers are read as the
 * engine reads them: trimmed, in any case. A coverage number above 1 is a percentage, as the engine reads it.
 */
export function acceptsAnswer(kind: EvidenceValueKind, value: unknown): boolean {
  const text = typeof value === "string" ? value.trim().toLowerCase() : null;
  if (text === "unknown") return true;
  if (kind === "days") {
    if (typeof value === "number") return Number.isFinite(value) && value >= 0;
    return value === false || text === "never" || text === "no" || (text !== null && isPlainDecimal(text));
  }
  if (typeof value === "boolean") return true;
  if (text === "yes" || text === "no" || text === "true" || text === "false") return true;
  if (kind === "coverage") {
    if (text === "partial") return true;
    return typeof value === "number" && value >= 0 && value <= 100;
  }
  return false;
}

/** A sentence for a refused value, naming the fact and what it takes. */
export function expectedAnswer(fact: EvidenceFact): string {
  switch (fact.kind) {
    case "boolean":
      return `${fact.factor} (${fact.label}) takes yes, no or "unknown"`;
    case "coverage":
      return `${fact.factor} (${fact.label}) takes yes, no, "partial", a share from 0 to 1 or "unknown"`;
    case "days":
      return `${fact.factor} (${fact.label}) takes a number of days of 0 or more, "never" or "unknown"`;
  }
}
