import {
  latestScoreSnapshot,
  loadVendorProfile,
  lockVendorScoring,
  markVendorChecked,
  vendorCheckedAt,
  type WardDb,
} from "@ward/db";
import { METHODOLOGY_VERSION, scoreVendor, type VendorRiskScore } from "@ward/scoring";
import type { ServiceContext } from "./context";
import { dayOf, inputsHash, recomputeVendorScore, storeScoreSnapshot, toScoringProfile } from "./scores";

export type AgeingOutcome = "stored" | "unchanged" | "already_checked" | "missing";

const DIMENSIONS = ["legacyDataExposure", "credentialHygiene", "breachHistory"] as const;

/**
 * Whether a board would see a different figure: a tier (overall or of a dimension), the assessed or Unassessed
 * state or the priority level changed, or the overall score, as shown, moved by at least one point. Smaller
 * drifts are not worth a snapshot a day. State and level matter because the portfolio filters and orders by them.
 */
export function figuresChanged(
  stored: { overallScore: number; result: unknown },
  next: VendorRiskScore,
): boolean {
  const before = stored.result as VendorRiskScore;
  if (before.overall.tier !== next.overall.tier) return true;
  if (before.overall.state !== next.overall.state || before.priority?.level !== next.priority.level)
    return true;
  if (Math.abs(Math.round(next.overall.score) - stored.overallScore) >= 1) return true;
  return DIMENSIONS.some((d) => before.dimensions[d].tier !== next.dimensions[d].tier);
}

/**
 * Scores the vendor with the clock's date, as time passes (evidence ages, incidents recede), and stores a
 * snapshot only when a figure a board sees changed. Records that it checked, and checks a vendor once a day:
 * a retried or doubled run finds it already checked.
 */
export async function checkVendorScoreAgeing(
  tx: WardDb,
  ctx: Pick<ServiceContext, "org" | "clock">,
  vendorId: string,
): Promise<AgeingOutcome> {
  await lockVendorScoring(tx, vendorId);
  const now = ctx.clock.now();
  const checkedAt = await vendorCheckedAt(tx, ctx.org.id, vendorId);
  if (checkedAt && dayOf(checkedAt) === dayOf(now)) return "already_checked";
  const rows = await loadVendorProfile(tx, ctx.org.id, vendorId);
  if (!rows) return "missing";
  const ref = { organizationId: ctx.org.id, vendorId };
  const latest = await latestScoreSnapshot(tx, ctx.org.id, vendorId);
  if (!latest || latest.methodologyVersion !== METHODOLOGY_VERSION) {
    await recomputeVendorScore(tx, ctx, vendorId, "methodology");
    await markVendorChecked(tx, ref, now);
    return "stored";
  }
  const profile = toScoringProfile(rows);
  const score = scoreVendor(profile, {}, dayOf(now));
  const changed = figuresChanged(latest, score);
  if (changed)
    await storeScoreSnapshot(tx, ctx, { vendorId, score, inputsHash: inputsHash(profile), reason: "ageing" });
  await markVendorChecked(tx, ref, now);
  return changed ? "stored" : "unchanged";
}
