import { z } from "zod";
import { errorCodes } from "./values";

export const errorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCode>;

export const fieldIssue = z.object({
  /** Dotted path of the failing field, e.g. `dates.0.date`. Empty for the whole body. */
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssue>;

/** The one shape every error response has. */
export const errorEnvelope = z.object({
  error: z.object({
    code: errorCode,
    message: z.string(),
    requestId: z.string(),
    issues: z.array(fieldIssue).optional(),
    /** The sign-in library's own reason for an error under /api/auth, e.g. `INVALID_CODE`. */
    reason: z.string().optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelope>;

/** Turns zod issues into the envelope's flat list, so a form can put each message beside its field. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}
