import { findOrganizationBySlug, insertOrganization, type WardDb } from "@ward/db";

export const WORKSPACE_ORGANIZATION = { name: "My organization", slug: "default" } as const;

/**
 * The organization requests act for when demo data is off and accounts do not exist yet: created empty on the
 * first start, found again on later ones.
 */
export async function ensureWorkspaceOrganization(db: WardDb, now: Date): Promise<string> {
  const existing = await findOrganizationBySlug(db, WORKSPACE_ORGANIZATION.slug);
  if (existing) return existing.id;
  const created = await insertOrganization(db, { ...WORKSPACE_ORGANIZATION, createdAt: now });
  return created.id;
}
