import type { EvidenceCatalogueEntry, EvidenceCatalogueResponse, FieldIssue } from "@ward/contracts";
import { ANSWER_SHAPES, acceptsAnswer, EVIDENCE_FACTS, evidenceFact, expectedAnswer } from "@ward/scoring";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";
import { ValidationError } from "./errors";

// The catalogue is code, not data: it is the same for every organization and changes only with a release.
const catalogue: EvidenceCatalogueResponse = {
  items: EVIDENCE_FACTS.map(
    (fact): EvidenceCatalogueEntry => ({
      key: fact.factor,
      label: fact.label,
      question: fact.question,
      valueKind: fact.kind,
      choices: ANSWER_SHAPES[fact.kind].choices.map((choice) => ({ ...choice })),
      number: ANSWER_SHAPES[fact.kind].number,
      dimension: fact.dimension,
    }),
  ),
};

/** Every fact Ward accepts as evidence, with its words and the values it takes. */
export function listEvidenceCatalogue(ctx: ServiceContext): EvidenceCatalogueResponse {
  authorize(ctx, "vendor:read");
  return catalogue;
}

/**
 * Refuses evidence whose key is not in the catalogue or whose value the fact cannot take: such a record would be
 * stored and change nothing, the very mistake the catalogue exists to prevent.
 */
export function checkEvidenceAnswer(factor: string, value: unknown): void {
  const fact = evidenceFact(factor);
  const issues: FieldIssue[] = [];
  if (!fact) {
    issues.push({
      path: "factor",
      message: `Ward knows no evidence key "${factor}"; choose a fact from the evidence catalogue`,
    });
  } else if (!acceptsAnswer(fact.kind, value)) {
    issues.push({ path: "value", message: `${expectedAnswer(fact)}, not ${JSON.stringify(value)}` });
  }
  if (issues.length > 0) throw new ValidationError("The evidence does not fit the catalogue", issues);
}
