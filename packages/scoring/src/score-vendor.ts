import { scoreBreachHistory } from "./breach-history";
import { scoreCredentialHygiene } from "./credential-hygiene";
import { scoreInherentRisk } from "./inherent-risk";
import { scoreLegacyDataExposure } from "./legacy-data-exposure";
import { combineDimensions } from "./overall";
import { priorityOf } from "./priority";
import { createContext, resolveSettings } from "./scoring-context";
import type { ResolvedSettings, ScoringSettings, VendorRiskProfile, VendorRiskScore } from "./types";

/**
 * Version of the method. Raise it whenever a factor, a point value, a rule or a threshold changes, so a stored
 * score says which method produced it. 2026.1 was v1; 2026.2 is v2 (groups charged once, assurance, coverage and
 * the Unassessed state, sizes from the HHS OCR history, impact apart from entry route, priority).
 */
export const METHODOLOGY_VERSION = "2026.2";

/** Scores with settings already resolved; what-if uses it to resolve them once for both sides. */
export function scoreWithResolvedSettings(
  profile: VendorRiskProfile,
  settings: ResolvedSettings,
  asOf: string,
): VendorRiskScore {
  const context = createContext(profile, settings, asOf);
  const dimensions = {
    legacyDataExposure: scoreLegacyDataExposure(context),
    credentialHygiene: scoreCredentialHygiene(context),
    breachHistory: scoreBreachHistory(context),
  };
  const inherent = scoreInherentRisk(context);
  const overall = combineDimensions(dimensions, settings);
  return {
    methodologyVersion: METHODOLOGY_VERSION,
    vendorId: profile.vendor.id,
    asOf: context.asOf,
    inherent,
    dimensions,
    overall,
    priority: priorityOf(inherent, overall),
  };
}

/**
 * Scores a vendor's risk on `asOf` (YYYY-MM-DD or an ISO date-time; only the date counts). Pure: evidence and
 * incident dates after `asOf` are ignored, nothing reads the clock, and the same inputs give the same output
 * byte for byte. Throws a RangeError when `asOf` or a date in the profile is not an ISO date.
 */
export function scoreVendor(
  profile: VendorRiskProfile,
  settings: ScoringSettings,
  asOf: string,
): VendorRiskScore {
  return scoreWithResolvedSettings(
    profile,
    isEmpty(settings) ? RESOLVED_DEFAULTS : resolveSettings(settings),
    asOf,
  );
}

/**
 * `resolveSettings({})`, resolved once: most calls pass no settings, and resolving them per vendor cost a
 * copy, a key array and an entries array each. Internal to scoring, so sharing it is safe.
 */
const RESOLVED_DEFAULTS: ResolvedSettings = resolveSettings({});

// Every field read directly, as resolveSettings reads them, so inherited or odd objects resolve the same way.
function isEmpty(settings: ScoringSettings): boolean {
  return (
    settings.dimensionWeights === undefined &&
    settings.factorMultipliers === undefined &&
    settings.evidenceFreshnessDays === undefined &&
    settings.worstDimensionShare === undefined
  );
}
