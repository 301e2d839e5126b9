import { z } from "zod";

/** A member's role in an organization. */
export const role = z.enum(["admin", "analyst", "viewer"]);
export type Role = z.infer<typeof role>;

export const permission = z.enum([
  "vendor:read",
  "vendor:write",
  "report:export",
  "audit:read",
  "member:manage",
  "settings:manage",
  "api_key:manage",
]);
export type Permission = z.infer<typeof permission>;

const readOnly: Permission[] = ["vendor:read", "report:export", "audit:read"];
const analyst: Permission[] = [...readOnly, "vendor:write"];

/**
 * What each role may do. Services check these; the web reads the same table only to hide controls a person
 * cannot use.
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  viewer: readOnly,
  analyst,
  admin: [...analyst, "member:manage", "settings:manage", "api_key:manage"],
};

export function roleCan(r: Role, p: Permission): boolean {
  return rolePermissions[r].includes(p);
}

/** An API key's scope and the role it acts with. */
export const apiKeyScope = z.enum(["read", "read_write"]);
export type ApiKeyScope = z.infer<typeof apiKeyScope>;
export const apiKeyRole: Record<ApiKeyScope, Role> = { read: "viewer", read_write: "analyst" };
