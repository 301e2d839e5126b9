import { createHash, randomBytes } from "node:crypto";

/** A random token with `prefix`, 32 bytes of entropy, URL-safe. */
export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/**
 * SHA-256 of a token. Tokens carry 256 random bits, so a fast hash is enough: there is nothing to brute-force,
 * unlike a password.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
