import { ApiError, describeError } from "../../api/api-error";
import { AuthError } from "../../api/auth-client";
import type { SecondFactorMethod } from "../../api/sign-in";

/**
 * What to say when the password step fails. Wrong email and wrong password get the same sentence, so the page
 * does not tell anyone which addresses have accounts; a throttled sign-in shows the server's wait time.
 */
export function passwordErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return "Incorrect email or password.";
    if (error.code === "RATE_LIMITED") return error.message;
  }
  return describeError(error);
}

/** The second-factor challenge is over (expired or too many wrong codes): only a fresh sign-in helps. */
export function secondFactorChallengeEnded(error: unknown): boolean {
  return (
    error instanceof AuthError &&
    (error.authCode === "INVALID_TWO_FACTOR_COOKIE" ||
      error.authCode === "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE")
  );
}

export function secondFactorErrorMessage(error: unknown, method: SecondFactorMethod): string {
  if (secondFactorChallengeEnded(error)) {
    return "This sign-in has expired or had too many wrong codes. Enter your password again.";
  }
  if (error instanceof AuthError) {
    if (error.authCode === "INVALID_CODE") {
      return "That code is not right. Enter the current 6-digit code from your authenticator app.";
    }
    if (error.authCode === "INVALID_BACKUP_CODE")
      return "That backup code is not right, or it was used already.";
    if (error.status === 401) {
      return method === "totp" ? "That code is not right." : "That backup code is not right.";
    }
  }
  return describeError(error);
}
