import type { VendorRiskScoreDto } from "@ward/contracts";

type Overall = VendorRiskScoreDto["overall"];

/**
 * "Facts behind 31% of the score; 28 of 70 points rest on missing or unverified answers": how much of the
 * overall score stands on facts. Null for a score from before methodology v2, which did not measure it.
 */
export function factsSentence(overall: Overall): string | null {
  if (overall.coverage === undefined || overall.unknownPoints === undefined) return null;
  const facts = `Facts behind ${Math.round(overall.coverage * 100)}% of the score`;
  const unknown = Math.round(overall.unknownPoints);
  if (unknown <= 0) return `${facts}; no points rest on missing or unverified answers`;
  return `${facts}; ${unknown} of ${Math.round(overall.score)} points rest on missing or unverified answers`;
}
