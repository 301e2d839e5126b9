import { eq } from "drizzle-orm";
import type { WardDb } from "../client";
import { organizations } from "../schema";

export type OrganizationRow = typeof organizations.$inferSelect;

export async function findOrganizationBySlug(db: WardDb, slug: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug));
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

export async function setDemoSeedVersion(db: WardDb, organizationId: string, version: number): Promise<void> {
  await db
    .update(organizations)
    .set({ demoSeedVersion: version })
    .where(eq(organizations.id, organizationId));
}
