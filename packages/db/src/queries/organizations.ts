import { eq, sql } from "drizzle-orm";
import type { WardDb } from "../client";
import { organizations } from "../schema";

export type OrganizationRow = typeof organizations.$inferSelect;

export async function findOrganizationBySlug(db: WardDb, slug: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  return row;
}

/** Names are unique ignoring case (organization_name_unique), so this finds at most one. */
export async function findOrganizationByName(db: WardDb, name: string): Promise<OrganizationRow | undefined> {
  const [row] = await db
    .select()
    .from(organizations)
    .where(sql`lower(${organizations.name}) = lower(${name})`);
  return row;
}

export async function findOrganizationById(db: WardDb, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function insertOrganization(
  db: WardDb,
  values: { name: string; slug: string; createdAt: Date; demoSeedVersion?: number | null },
): Promise<OrganizationRow> {
  const [row] = await db.insert(organizations).values(values).returning();
  if (!row) throw new Error("insert returned no organization");
  return row;
}

/**
 * Removes an organization and, by cascade, everything it owns. The benchmark uses it to leave a database as it
 * found it. An organization with audit events cannot be removed: the trail is append-only, so the database
 * refuses and this throws.
 */
export async function deleteOrganization(db: WardDb, id: string): Promise<boolean> {
  const removed = await db
    .delete(organizations)
    .where(eq(organizations.id, id))
    .returning({ id: organizations.id });
  return removed.length > 0;
}

export async function setDemoSeedVersion(db: WardDb, organizationId: string, version: number): Promise<void> {
  await db
    .update(organizations)
    .set({ demoSeedVersion: version })
    .where(eq(organizations.id, organizationId));
}
