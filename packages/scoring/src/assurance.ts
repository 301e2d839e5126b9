import type { EvidenceAssurance } from "@ward/contracts";
import type { ContributionBasis, DimensionId } from "./types";

/**
 * What a missing answer costs, as a share of the worst answer, per dimension. Always strictly between the best
 * and the worst answer, so not knowing is never safer than the best known state nor worse than the worst. The
 * shares are set per dimension from what is common among business associates rather than from how many
 * questions a dimension asks (methodology §3): stolen credentials and credential abuse are among the most common
 * ways in (IBM 2024, Verizon DBIR 2025), so an unanswered login control costs half; old copies are common but not
 * universal, so an unanswered legacy question costs a little less; a vendor whose incident record is unchecked
 * costs half of what an admitted gap in disclosure would.
 */
export const UNKNOWN_SHARES: Readonly<Record<DimensionId, number>> = {
  legacyDataExposure: 0.45,
  credentialHygiene: 0.5,
  breachHistory: 0.5,
};

/**
 * How far a good answer is believed, by what backs it: the vendor's word moves the risk half way from "unknown"
 * to the answer; a document (a SOC 2 Type II report, a penetration test) 80%; the hospital's own check or a
 * public record all the way. A bad answer is always believed: nobody admits a gap they do not have.
 */
export const ASSURANCE_CREDIT: Readonly<Record<EvidenceAssurance, number>> = {
  self_attested: 0.5,
  documented: 0.8,
  verified: 1,
  public_record: 1,
};

/**
 * `ASSURANCE_CREDIT[assurance]`, by a switch: a keyed load whose key changes from answer to answer takes V8's
 * slowest path, and this runs for every answer of a portfolio.
 */
export function assuranceCredit(assurance: EvidenceAssurance): number {
  switch (assurance) {
    case "self_attested":
      return ASSURANCE_CREDIT.self_attested;
    case "documented":
      return ASSURANCE_CREDIT.documented;
    case "verified":
      return ASSURANCE_CREDIT.verified;
    case "public_record":
      return ASSURANCE_CREDIT.public_record;
  }
}

/** A factor's risk as a share of its group's weight: the value scored and the range it could take. */
export interface RiskShare {
  /** The share charged. */
  mid: number;
  /** If every open question were answered in the vendor's favour. */
  low: number;
  /** If every open question were answered against it. */
  high: number;
  basis: ContributionBasis;
}

// Shares are never changed once made, so the common ones are made once: a portfolio scores tens of thousands of
// unanswered questions and settled facts. Not frozen: a frozen object has a shape of its own, and reading shares of
// mixed shapes made the dimension builder's loop slower than the allocations saved.
const UNKNOWN_BY_SHARE = new Map<number, RiskShare>();
const NONE: RiskShare = { mid: 0, low: 0, high: 0, basis: "fact" };
const FULL: RiskShare = { mid: 1, low: 1, high: 1, basis: "fact" };

/** Nothing known: the dimension's unknown share, anywhere from 0 to 1. */
export function unknownShare(unknown: number): RiskShare {
  let share = UNKNOWN_BY_SHARE.get(unknown);
  if (share === undefined) {
    share = { mid: unknown, low: 0, high: 1, basis: "missing" };
    UNKNOWN_BY_SHARE.set(unknown, share);
  }
  return share;
}

/** A recorded fact: the hospital's inventory or an incident record, taken as it stands. */
export function factShare(risk: number): RiskShare {
  if (risk === 0) return NONE;
  if (risk === 1) return FULL;
  return { mid: risk, low: risk, high: risk, basis: "fact" };
}

/**
 * An answer of risk `risk` (0 good .. 1 bad) believed to `credit` (0..1: its assurance times its freshness). A
 * good answer moves the charge from the unknown share toward its own risk in proportion to the credit; the range
 * runs from the answer being true to it being false.
 */
export function answerShare(risk: number, credit: number, unknown: number): RiskShare {
  if (risk >= unknown || credit >= 1) return factShare(risk);
  return {
    mid: credit * risk + (1 - credit) * unknown,
    low: risk,
    high: credit * risk + (1 - credit),
    basis: "unverified",
  };
}

/** A tri-state fact where "yes" is the danger; unknown costs the dimension's unknown share. */
export function dangerShare(value: "yes" | "no" | "unknown", unknown: number): RiskShare {
  return value === "yes" ? factShare(1) : value === "no" ? factShare(0) : unknownShare(unknown);
}
