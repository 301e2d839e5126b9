import type { FieldIssue } from "@ward/contracts";

/**
 * Errors a service throws when a request cannot be done. They carry a code but know nothing of HTTP; the API
 * maps each code to a status in one place.
 */
export class ServiceError extends Error {
  constructor(
    readonly code:
      | "NOT_FOUND"
      | "CONFLICT"
      | "FORBIDDEN"
      | "MFA_REQUIRED"
      | "VALIDATION_FAILED"
      | "UNAUTHORIZED"
      | "RATE_LIMITED",
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends ServiceError {
  constructor(entity: string) {
    super("NOT_FOUND", `${entity} not found`);
  }
}

export class ConflictError extends ServiceError {
  constructor(message: string, issues?: FieldIssue[]) {
    super("CONFLICT", message, issues);
  }
}

export class ForbiddenError extends ServiceError {
  constructor(message = "You are not allowed to do this") {
    super("FORBIDDEN", message);
  }
}

export class ValidationError extends ServiceError {
  constructor(message: string, issues: FieldIssue[]) {
    super("VALIDATION_FAILED", message, issues);
  }
}

export class UnauthorizedError extends ServiceError {
  constructor(message = "Sign in first") {
    super("UNAUTHORIZED", message);
  }
}

export class MfaRequiredError extends ServiceError {
  constructor() {
    super("MFA_REQUIRED", "Your organization requires two-factor authentication. Set it up to continue.");
  }
}

export class RateLimitedError extends ServiceError {
  constructor(
    message: string,
    /** Seconds until the next attempt is allowed. */
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message);
  }
}
