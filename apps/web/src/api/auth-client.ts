import { readErrorEnvelope } from "@ward/contracts/values";
import { twoFactorClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
import { ApiError, type ApiErrorCode } from "./api-error";

/**
 * better-auth's client for identity: sign-in, sign-up, two-factor and sessions, all under /api/auth. Ward's own
 * endpoints go through the typed `api` client instead.
 */
export const authClient = createAuthClient({
  baseURL: window.location.origin,
  basePath: "/api/auth",
  plugins: [twoFactorClient()],
  fetchOptions: {
    // Looked up at call time rather than captured at start-up, so tests that replace `fetch` reach their stub.
    customFetchImpl: (input, init) => fetch(input, init),
  },
});

/** The error half of a better-auth call's result: better-auth's own `{ code, message }`, or Ward's envelope. */
interface AuthFailure {
  status: number;
  statusText: string;
  code?: string | undefined;
  message?: string | undefined;
}

/** A failed identity call; `authCode` is better-auth's reason, such as `INVALID_CODE`, when it gave one. */
export class AuthError extends ApiError {
  override name = "AuthError";

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    readonly authCode: string | null = null,
    requestId: string | null = null,
  ) {
    super(status, code, message, [], requestId);
  }
}

const codeForStatus: Record<number, ApiErrorCode> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  422: "VALIDATION_FAILED",
  429: "RATE_LIMITED",
};

function toAuthError(failure: AuthFailure): AuthError {
  // Ward answers every error under /api/auth in its envelope; better-auth's own reason comes as `reason`.
  const envelope = readErrorEnvelope(failure);
  if (envelope) {
    const { code, message, requestId, reason } = envelope;
    return new AuthError(failure.status, code, message, reason ?? null, requestId);
  }
  const message = failure.message || `The server answered ${failure.status} ${failure.statusText}`.trim();
  return new AuthError(
    failure.status,
    codeForStatus[failure.status] ?? "INTERNAL",
    message,
    failure.code ?? null,
  );
}

type AuthResult<T> = { data: T; error: null } | { data: null; error: AuthFailure };

/** Awaits a better-auth call and returns its data, or throws an `AuthError`, as `unwrap` does for Ward's API. */
export async function unwrapAuth<T>(call: Promise<AuthResult<T>>): Promise<T> {
  let result: AuthResult<T>;
  try {
    result = await call;
  } catch {
    throw new AuthError(
      0,
      "NETWORK",
      "Ward's server could not be reached. Check your connection and try again.",
    );
  }
  if (result.error) throw toAuthError(result.error);
  return result.data;
}
