import { randomBytes } from "node:crypto";
import { getOrCreateInstanceSetting, type WardDb } from "@ward/db";

/**
 * The secret that signs session cookies: the configured one, or one generated on first start and kept in the
 * database so every Ward instance on it accepts the same sessions.
 */
export async function resolveAuthSecret(db: WardDb, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  return getOrCreateInstanceSetting(db, "auth_secret", randomBytes(32).toString("base64url"));
}
