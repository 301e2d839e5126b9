import type { ErrorCode, ErrorEnvelope, FieldIssue } from "@ward/contracts";
import { databaseErrorLog } from "@ward/db";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { RateLimitedError, ServiceError } from "../services/errors";
import type { AppEnv } from "./types";

/** The one map from error codes to HTTP statuses. */
export const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  MFA_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export function errorResponse(c: Context<AppEnv>, code: ErrorCode, message: string, issues?: FieldIssue[]) {
  const body: ErrorEnvelope = {
    error: { code, message, requestId: c.get("requestId") ?? "", ...(issues ? { issues } : {}) },
  };
  return c.json(body, statusOf[code]);
}

/** What a JSON route answers a body of another type, or none. */
export const JSON_ONLY = "Send the body as JSON, with the header Content-Type: application/json";

/** Turns anything thrown into the error envelope. Unknown errors are logged with their stack and hidden. */
export function handleError(error: Error, c: Context<AppEnv>) {
  if (error instanceof RateLimitedError) c.header("retry-after", String(error.retryAfterSeconds));
  if (error instanceof ServiceError) return errorResponse(c, error.code, error.message, error.issues);
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 413) return errorResponse(c, "PAYLOAD_TOO_LARGE", "The request body is too large");
    if (status === 415) return errorResponse(c, "UNSUPPORTED_MEDIA_TYPE", JSON_ONLY);
    if (status === 400) return errorResponse(c, "BAD_REQUEST", error.message || "Bad request");
    if (status === 401) return errorResponse(c, "UNAUTHORIZED", "Sign in first");
    if (status === 403) return errorResponse(c, "FORBIDDEN", "You are not allowed to do this");
    if (status === 404) return errorResponse(c, "NOT_FOUND", "Not found");
  }
  // A database error quotes the query's parameters (a hospital's data) in its fields and messages.
  const dbError = databaseErrorLog(error);
  if (dbError) c.get("log")?.error({ dbError }, "database error");
  else c.get("log")?.error({ err: error }, "unhandled error");
  return errorResponse(
    c,
    "INTERNAL",
    "Something went wrong on our side. Quote the request id if you report it.",
  );
}
