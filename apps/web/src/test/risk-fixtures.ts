import type { ScoreHistoryPoint, VendorScoreResponse } from "@ward/contracts";
import { scoreVendor, type VendorRiskProfile } from "@ward/scoring";
import { buildRiskProfile, type VendorRecords } from "../pages/vendor/risk/vendor-risk-profile";
import { errorResponse, json, type StubRequest } from "./fetch-stub";
import {
  customerMfaEvidence,
  legacyHolding,
  legacyServerIncident,
  millenniumProduct,
  oracleHealth,
  unmigratedDataEvidence,
} from "./fixtures";

/** The day the fixture score describes; the what-if must use it to reproduce the stored numbers. */
export const SCORE_AS_OF = "2025-06-17";

export const oracleRecords: VendorRecords = {
  vendor: oracleHealth,
  products: [millenniumProduct],
  dataHoldings: [legacyHolding],
  incidents: [legacyServerIncident],
  evidence: [unmigratedDataEvidence, customerMfaEvidence],
};

export const oracleProfile: VendorRiskProfile = buildRiskProfile(oracleRecords);

/** Scored by the real engine, so the page is tested against what the API would store for these records. */
export const oracleScore: VendorScoreResponse = {
  score: scoreVendor(oracleProfile, {}, SCORE_AS_OF),
  snapshotId: "1c1c1c1c-1c1c-4c1c-8c1c-1c1c1c1c1c1c",
  computedAt: "2025-06-17T09:30:00.000Z",
  reason: "incident.create",
  beingRescored: false,
};

/**
 * The fixture score as a methodology 2026.1 snapshot stores it: the same figures without the fields v2 added
 * (basis, group, ranges, coverage, contradictions, state, priority), as the API still serves old snapshots.
 */
export function v1Score(): VendorScoreResponse {
  const { score } = oracleScore;
  const dimension = (d: (typeof score.dimensions)["legacyDataExposure"]) => ({
    dimension: d.dimension,
    label: d.label,
    score: d.score,
    tier: d.tier,
    confidence: d.confidence,
    contributions: d.contributions.map(({ group: _group, basis: _basis, ...c }) => c),
  });
  const { state: _s, coverage: _c, unknownPoints: _u, range: _r, ...overall } = score.overall;
  return {
    ...oracleScore,
    score: {
      methodologyVersion: "2026.1",
      vendorId: score.vendorId,
      asOf: score.asOf,
      inherent: score.inherent,
      overall,
      dimensions: {
        legacyDataExposure: dimension(score.dimensions.legacyDataExposure),
        credentialHygiene: dimension(score.dimensions.credentialHygiene),
        breachHistory: dimension(score.dimensions.breachHistory),
      },
    },
  };
}

/** A history point with the fixture score's numbers, computed at `computedAt`. */
export function historyPoint(
  computedAt: string,
  overall = oracleScore.score.overall.score,
): ScoreHistoryPoint {
  const { dimensions, overall: o } = oracleScore.score;
  return {
    id: `2d2d2d2d-2d2d-4d2d-8d2d-${computedAt.replace(/\D/g, "").slice(0, 12)}`,
    computedAt,
    asOf: computedAt.slice(0, 10),
    methodologyVersion: oracleScore.score.methodologyVersion,
    reason: "incident.create",
    overall,
    overallTier: o.tier,
    legacyDataExposure: dimensions.legacyDataExposure.score,
    credentialHygiene: dimensions.credentialHygiene.score,
    breachHistory: dimensions.breachHistory.score,
    confidence: o.confidence,
  };
}

interface OracleApiOptions {
  /** What `/score` answers; null for a vendor that has not been scored yet (404). */
  score?: VendorScoreResponse | null;
  history?: ScoreHistoryPoint[];
}

/** The vendor page's API for the Oracle Health fixture: the vendor, its records, its score and history. */
export function oracleRiskApi({
  score = oracleScore,
  history = [historyPoint(oracleScore.computedAt)],
}: OracleApiOptions = {}) {
  const base = `/api/vendors/${oracleHealth.id}`;
  const routes: Record<string, () => Response> = {
    [base]: () => json(oracleHealth),
    [`${base}/products`]: () => json({ items: oracleRecords.products }),
    [`${base}/data-holdings`]: () => json({ items: oracleRecords.dataHoldings }),
    [`${base}/incidents`]: () => json({ items: oracleRecords.incidents }),
    [`${base}/evidence`]: () => json({ items: oracleRecords.evidence }),
    [`${base}/score`]: () =>
      score
        ? json(score)
        : errorResponse(404, "NOT_FOUND", "Score (the vendor has not been scored yet) not found"),
    [`${base}/score/history`]: () => json({ items: history }),
    [`${base}/scenarios`]: () => json({ items: [] }),
  };
  return ({ path }: StubRequest) => routes[path]?.() ?? errorResponse(404, "NOT_FOUND", "Not found");
}
