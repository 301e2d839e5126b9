import type { ErrorCode, FieldIssue } from "@ward/contracts";
import { readErrorEnvelope } from "@ward/contracts/values";
import type { ClientResponse } from "hono/client";
import type { SuccessStatusCode } from "hono/utils/http-status";

/** Codes the server sends, plus the one the browser adds when the server cannot be reached at all. */
export type ApiErrorCode = ErrorCode | "NETWORK";

/** A failed API call, carrying the server's error envelope so forms can put each issue beside its field. */
export class ApiError extends Error {
  override name = "ApiError";

  constructor(
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** Quote it when reporting a problem; the server logs it with the failure. */
    readonly requestId: string | null = null,
  ) {
    super(message);
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

/** The body type of a call's successful responses; `undefined` for responses without JSON, such as 204. */
export type SuccessBody<R> =
  R extends ClientResponse<infer Body, infer Status, infer Format>
    ? Status extends SuccessStatusCode
      ? Format extends "json"
        ? Body
        : undefined
      : never
    : never;

async function toApiError(response: Pick<Response, "json" | "status" | "statusText">): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const envelope = readErrorEnvelope(body);
  if (envelope) {
    const { code, message, issues, requestId } = envelope;
    return new ApiError(response.status, code, message, issues ?? [], requestId);
  }
  // A proxy or gateway answered instead of Ward, so there is no envelope to read.
  return new ApiError(
    response.status,
    "INTERNAL",
    `The server answered ${response.status} ${response.statusText}`.trim(),
  );
}

/**
 * Awaits a typed client call and returns its JSON body, or throws an `ApiError` for any non-2xx answer or
 * network failure. Every hook goes through here so components never see a raw Response.
 */
export async function unwrap<R extends ClientResponse<unknown, number, string>>(
  call: Promise<R>,
): Promise<SuccessBody<R>> {
  let response: R;
  try {
    response = await call;
  } catch {
    throw new ApiError(
      0,
      "NETWORK",
      "Ward's server could not be reached. Check your connection and try again.",
    );
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as SuccessBody<R>;
  return (await response.json()) as SuccessBody<R>;
}

/** A sentence for an alert: the server's message, with the request id when there is one. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    return error.requestId ? `${error.message} (request ${error.requestId})` : error.message;
  }
  return "Something unexpected went wrong.";
}
