import type { ErrorCode, ErrorEnvelope } from "@ward/contracts";
import type { Context } from "hono";
import { statusOf } from "../middleware/error-handler";
import type { AppEnv } from "../middleware/types";

const codeOfStatus: Record<number, ErrorCode> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  // better-auth answers 422 when an account exists already.
  422: "CONFLICT",
  429: "RATE_LIMITED",
};

/** Response headers of better-auth's that still mean something on an error: cookies it cleared, a retry hint. */
const keptHeaders = ["set-cookie", "retry-after"];

async function bodyOf(response: Response): Promise<{ code?: unknown; message?: unknown }> {
  try {
    const body: unknown = await response.json();
    return typeof body === "object" && body !== null ? body : {};
  } catch {
    return {};
  }
}

/**
 * Passes better-auth's successful answers and redirects through untouched, and turns its errors into Ward's one
 * envelope. better-auth's own reason (`INVALID_CODE`, `USER_ALREADY_EXISTS` …) stays readable as `reason`, since
 * the web tells a wrong code from an expired step by it; its server errors are logged and hidden like Ward's own.
 */
export async function inWardEnvelope(c: Context<AppEnv>, response: Response): Promise<Response> {
  if (response.status < 400) return response;
  const body = await bodyOf(response);
  const code: ErrorCode =
    codeOfStatus[response.status] ?? (response.status >= 500 ? "INTERNAL" : "BAD_REQUEST");
  let message = typeof body.message === "string" && body.message ? body.message : "The request was refused";
  if (code === "INTERNAL") {
    c.get("log")?.error({ status: response.status, body }, "sign-in library error");
    message = "Something went wrong on our side. Quote the request id if you report it.";
  }
  const envelope: ErrorEnvelope = {
    error: {
      code,
      message,
      requestId: c.get("requestId") ?? "",
      ...(typeof body.code === "string" && code !== "INTERNAL" ? { reason: body.code } : {}),
    },
  };
  const wrapped = c.json(envelope, statusOf[code]);
  for (const name of keptHeaders) {
    for (const value of name === "set-cookie"
      ? response.headers.getSetCookie()
      : [response.headers.get(name)]) {
      if (value) wrapped.headers.append(name, value);
    }
  }
  return wrapped;
}
