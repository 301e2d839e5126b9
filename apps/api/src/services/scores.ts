import { createHash } from "node:crypto";
import type { ScoreHistoryPoint, VendorScoreResponse, WhatIfInput, WhatIfResponse } from "@ward/contracts";
import {
  insertScoreSnapshot,
  latestScoreInputs,
  latestScoreSnapshot,
  listScoreSnapshots,
  loadVendorProfile,
  lockVendorScoring,
  type ScoreSnapshotRow,
  setVendorRisk,
  type VendorProfileRows,
  type VendorRow,
  type WardDb,
} from "@ward/db";
import {
  applyWhatIfChanges,
  METHODOLOGY_VERSION,
  scoreVendor,
  type VendorRiskProfile,
  type VendorRiskScore,
  whatIf,
} from "@ward/scoring";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";
import { NotFoundError, ValidationError } from "./errors";
import {
  requireVendor,
  toDataHoldingDto,
  toEvidenceDto,
  toIncidentDto,
  toProductDto,
  toVendorDto,
} from "./vendor-records";
import { refuseUnknownWhatIfTargets } from "./what-if-targets";

/** The engine's input from stored rows, in a stable order so the same data always hashes the same. */
export function toScoringProfile(rows: VendorProfileRows): VendorRiskProfile {
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
  return {
    vendor: toVendorDto(rows.vendor),
    products: byId(rows.products.map(toProductDto)),
    dataHoldings: byId(rows.dataHoldings.map(toDataHoldingDto)),
    incidents: byId(rows.incidents.map(toIncidentDto)),
    evidence: byId(rows.evidence.map(toEvidenceDto)),
  };
}

/** The vendor's own fields that scoring reads: the inputs hash covers these and no other field of the vendor. */
function vendorScoringInputs(vendor: { id: string; criticality: string; relationshipStatus: string }) {
  return { id: vendor.id, criticality: vendor.criticality, relationshipStatus: vendor.relationshipStatus };
}

/**
 * Whether a change to the vendor row alone can change its score: a field scoring reads changed, or the stored
 * score is not the current methodology's (or missing), so the change is the moment to bring it up to date. A
 * description or website edit reads nothing else and stores nothing else.
 */
export function vendorChangeNeedsRescoring(before: VendorRow, after: VendorRow): boolean {
  const was = vendorScoringInputs(before);
  const now = vendorScoringInputs(after);
  // Every field the hash covers, so a field added to scoring's inputs is compared here without a second list.
  const changed = (Object.keys(now) as (keyof typeof now)[]).some((field) => was[field] !== now[field]);
  return changed || after.riskMethodology !== METHODOLOGY_VERSION;
}

/** Only what scoring reads counts as an input: renaming a vendor's website changes nothing. */
export function inputsHash(profile: VendorRiskProfile): string {
  const { vendor, products, dataHoldings, incidents, evidence } = profile;
  const strip = <T extends object>(items: readonly T[]) =>
    items.map(({ createdAt, updatedAt, ...rest }: T & { createdAt?: unknown; updatedAt?: unknown }) => rest);
  const canonical = JSON.stringify({
    methodology: METHODOLOGY_VERSION,
    vendor: vendorScoringInputs(vendor),
    products: strip(products),
    dataHoldings: strip(dataHoldings),
    incidents: strip(incidents),
    evidence: strip(evidence),
  });
  return createHash("sha256").update(canonical).digest("hex");
}

export const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Scores the vendor again when its inputs changed, stores the snapshot and copies the overall score onto the
 * vendor for the portfolio. Call it with the transaction that made the change, so score and change land together.
 * `vendor` is the row that transaction just wrote, when it has it, so the vendor is not read again; only the
 * latest snapshot's inputs hash is read, not its stored result. Says whether a snapshot was stored.
 */
export async function recomputeVendorScore(
  tx: WardDb,
  ctx: Pick<ServiceContext, "org" | "clock">,
  vendorId: string,
  reason: string,
  vendor?: VendorRow,
): Promise<boolean> {
  await lockVendorScoring(tx, vendorId);
  const rows = await loadVendorProfile(tx, ctx.org.id, vendorId, vendor);
  if (!rows) return false;
  const profile = toScoringProfile(rows);
  const hash = inputsHash(profile);
  const latest = await latestScoreInputs(tx, ctx.org.id, vendorId);
  if (latest && latest.inputsHash === hash && rows.vendor.riskMethodology === METHODOLOGY_VERSION)
    return false;
  const score = scoreVendor(profile, {}, dayOf(ctx.clock.now()));
  await storeScoreSnapshot(tx, ctx, { vendorId, score, inputsHash: hash, reason });
  return true;
}

/** Rescoring nobody asked for: the daily ageing and a new methodology. */
const unattendedReasons = new Set(["ageing", "methodology"]);

/**
 * Whether a snapshot counts as an assessment of the vendor: made because someone changed the vendor or a record
 * under it (its reason is that change's action, such as `data_holding.update`), not by rescoring on its own.
 */
export const isAssessment = (reason: string) => !unattendedReasons.has(reason);

/** Stores a computed score as the vendor's latest snapshot and copies its overall figures onto the vendor. */
export async function storeScoreSnapshot(
  tx: WardDb,
  ctx: Pick<ServiceContext, "org" | "clock">,
  input: { vendorId: string; score: VendorRiskScore; inputsHash: string; reason: string },
): Promise<ScoreSnapshotRow> {
  const { vendorId, score, reason } = input;
  const snapshot = await insertScoreSnapshot(tx, {
    organizationId: ctx.org.id,
    vendorId,
    methodologyVersion: score.methodologyVersion,
    asOf: score.asOf,
    overallScore: Math.round(score.overall.score),
    overallTier: score.overall.tier,
    legacyDataExposureScore: Math.round(score.dimensions.legacyDataExposure.score),
    credentialHygieneScore: Math.round(score.dimensions.credentialHygiene.score),
    breachHistoryScore: Math.round(score.dimensions.breachHistory.score),
    confidence: score.overall.confidence,
    inputsHash: input.inputsHash,
    result: score,
    reason,
    createdAt: ctx.clock.now(),
  });
  await setVendorRisk(tx, ctx.org.id, vendorId, {
    riskScore: Math.round(score.overall.score),
    ...portfolioFigures(score),
    riskMethodology: score.methodologyVersion,
    reassessmentMonths: score.inherent.reassessmentMonths,
    scoredAt: snapshot.createdAt,
    isAssessment: isAssessment(reason),
  });
  return snapshot;
}

/**
 * What the portfolio sorts and filters by, from a freshly computed score: the tier it shows (`unassessed` when
 * too little is known to rate the vendor), the priority and the overall range.
 */
export function portfolioFigures(score: VendorRiskScore) {
  const { overall, priority } = score;
  return {
    riskTier: overall.state === "unassessed" ? "unassessed" : overall.tier,
    priorityRank: priority.rank,
    priorityLevel: priority.level,
    inherentTier: priority.inherentTier,
    riskRangeLow: overall.range.low,
    riskRangeHigh: overall.range.high,
  };
}

/**
 * The vendor's score: the latest stored snapshot, or with `asOf` the score its current records give as of that
 * day, computed and not stored (evidence observed and incidents dated after it do not count).
 */
export async function getVendorScore(
  ctx: ServiceContext,
  vendorId: string,
  asOf?: string,
): Promise<VendorScoreResponse> {
  authorize(ctx, "vendor:read");
  if (asOf !== undefined) return scoreAsOf(ctx, vendorId, asOf);
  // The snapshot is read within the caller's organization, so finding one proves the vendor is theirs; only
  // without one is the vendor looked up, to tell a vendor not scored yet from one that is not there.
  const snapshot = await latestScoreSnapshot(ctx.db, ctx.org.id, vendorId);
  if (!snapshot) {
    await requireVendor(ctx.db, ctx, vendorId);
    throw new NotFoundError("Score (the vendor has not been scored yet)");
  }
  return {
    score: snapshot.result as VendorRiskScore,
    snapshotId: snapshot.id,
    computedAt: snapshot.createdAt.toISOString(),
    reason: snapshot.reason,
    beingRescored: snapshot.methodologyVersion !== METHODOLOGY_VERSION,
  };
}

async function scoreAsOf(ctx: ServiceContext, vendorId: string, asOf: string): Promise<VendorScoreResponse> {
  const day = notAfterToday(ctx, asOf, "asOf");
  const rows = await loadVendorProfile(ctx.db, ctx.org.id, vendorId);
  if (!rows) throw new NotFoundError("Vendor");
  return {
    score: scoreVendor(toScoringProfile(rows), {}, day),
    snapshotId: null,
    computedAt: ctx.clock.now().toISOString(),
    reason: "as_of",
    beingRescored: false,
  };
}

/**
 * A date a score is asked for: today or earlier, since records say nothing yet of a day to come. Today when left
 * out. `path` names the field in the refusal.
 */
function notAfterToday(ctx: Pick<ServiceContext, "clock">, asOf: string | undefined, path: string): string {
  const today = dayOf(ctx.clock.now());
  if (asOf === undefined) return today;
  if (asOf > today)
    throw new ValidationError("A score can be asked for today or an earlier day", [
      { path, message: `${asOf} is after today (${today})` },
    ]);
  return asOf;
}

export async function getScoreHistory(
  ctx: ServiceContext,
  vendorId: string,
): Promise<{ items: ScoreHistoryPoint[] }> {
  authorize(ctx, "vendor:read");
  await requireVendor(ctx.db, ctx, vendorId);
  const rows = await listScoreSnapshots(ctx.db, ctx.org.id, vendorId, 500);
  // Oldest first, as a trend chart reads.
  return {
    items: rows.reverse().map((r) => {
      const result = r.result as VendorRiskScore;
      return {
        id: r.id,
        computedAt: r.createdAt.toISOString(),
        asOf: r.asOf,
        methodologyVersion: r.methodologyVersion,
        reason: r.reason,
        overall: round1(result.overall.score),
        overallTier: result.overall.tier,
        legacyDataExposure: round1(result.dimensions.legacyDataExposure.score),
        credentialHygiene: round1(result.dimensions.credentialHygiene.score),
        breachHistory: round1(result.dimensions.breachHistory.score),
        confidence: r.confidence,
      };
    }),
  };
}

/**
 * Scores hypothetical changes without storing anything, as of `asOf` (today when left out; never after). A change
 * naming a record the vendor does not have is refused, naming the change.
 */
export async function whatIfForVendor(
  ctx: ServiceContext,
  vendorId: string,
  input: WhatIfInput,
): Promise<WhatIfResponse> {
  authorize(ctx, "vendor:read");
  const day = notAfterToday(ctx, input.asOf, "asOf");
  const rows = await loadVendorProfile(ctx.db, ctx.org.id, vendorId);
  if (!rows) throw new NotFoundError("Vendor");
  refuseUnknownWhatIfTargets(input.changes, {
    holdingIds: new Set(rows.dataHoldings.map((h) => h.id)),
    incidentIds: new Set(rows.incidents.map((i) => i.incident.id)),
  });
  const profile = toScoringProfile(rows);
  try {
    applyWhatIfChanges(profile, day, input.changes);
  } catch (error) {
    // The engine refuses a change it cannot apply with a RangeError; whatever the checks above missed is still
    // the caller's change, not a failure of Ward. Scoring itself stays outside: its errors are Ward's.
    if (error instanceof RangeError)
      throw new ValidationError("A change cannot be applied to this vendor", [
        { path: "changes", message: error.message },
      ]);
    throw error;
  }
  return whatIf(profile, {}, day, input.changes);
}
