/*
 * Value lists and checks the web app needs on its first screens, without zod: the sign-in page and the portfolio
 * load this module and not the validation library (about 25 kB gzip), which form pages load when opened. The
 * zod schemas in the other modules are built from these lists, so the two cannot drift apart.
 */

export const vendorCategories = [
  "ehr",
  "clearinghouse",
  "transcription",
  "billing",
  "cloud",
  "wellness",
  "business_services",
  "file_transfer",
  "collections",
  "medical_coding",
  "revenue_cycle",
  "scheduling",
  "patient_engagement",
  "telehealth",
  "archiving",
  "imaging",
  "laboratory",
  "pharmacy",
  "analytics",
  "staffing",
  "other",
] as const;
export const relationshipStatuses = ["prospect", "active", "offboarding", "former"] as const;
export const criticalities = ["low", "moderate", "high", "critical"] as const;
export const riskTiers = ["low", "moderate", "high", "critical"] as const;
/**
 * A vendor's place in the portfolio: its overall tier, or `unassessed` when too little is known to tell a risky
 * vendor from one nobody has asked yet (methodology v2).
 */
export const portfolioTiers = ["unassessed", ...riskTiers] as const;
export const priorityLevels = [1, 2, 3, 4] as const;
export const vendorSortFields = [
  "priority",
  "name",
  "criticality",
  "updatedAt",
  "incidentCount",
  "riskScore",
] as const;
export const errorCodes = [
  "BAD_REQUEST",
  "VALIDATION_FAILED",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "MFA_REQUIRED",
  "NOT_FOUND",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "RATE_LIMITED",
  "INTERNAL",
] as const;

/** Whether `value` is one of `values`, narrowing its type: the zod-free counterpart of `schema.safeParse`. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/** The error envelope's body, as `errorEnvelope` in ./errors describes it. */
export interface ErrorEnvelopeBody {
  code: (typeof errorCodes)[number];
  message: string;
  requestId: string;
  issues?: { path: string; message: string }[];
  reason?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads an error response the way `errorEnvelope.safeParse` would, returning its `error` or null when the body
 * is not Ward's envelope (a proxy's page, say). A test holds the two to the same answers.
 */
export function readErrorEnvelope(body: unknown): ErrorEnvelopeBody | null {
  if (!isRecord(body) || !isRecord(body.error)) return null;
  const { code, message, requestId, issues, reason } = body.error;
  if (!isOneOf(errorCodes, code) || typeof message !== "string" || typeof requestId !== "string") return null;
  if (reason !== undefined && typeof reason !== "string") return null;
  if (issues !== undefined) {
    if (!Array.isArray(issues)) return null;
    const wellFormed = issues.every(
      (issue) => isRecord(issue) && typeof issue.path === "string" && typeof issue.message === "string",
    );
    if (!wellFormed) return null;
  }
  const error: ErrorEnvelopeBody = { code, message, requestId };
  if (issues !== undefined)
    error.issues = issues.map((issue: { path: string; message: string }) => ({
      path: issue.path,
      message: issue.message,
    }));
  if (reason !== undefined) error.reason = reason;
  return error;
}
