import {
  findOrganizationByName,
  findOrganizationBySlug,
  insertOrganization,
  type OrganizationRow,
  type WardDb,
} from "@ward/db";
import { ConflictError } from "./errors";
import { slugify } from "./organization-slug";

/**
 * The organization `create-admin` puts its admin in: the one with this name, ignoring case, or a new one.
 * Names are unique per instance, so an invitation naming the organization is never ambiguous. A new name whose
 * address (slug) an organization renamed since already holds is a conflict, not a silent merge into that one.
 */
export async function findOrCreateOrganization(
  db: WardDb,
  name: string,
  now: Date,
): Promise<{ organization: OrganizationRow; created: boolean }> {
  const named = await findOrganizationByName(db, name);
  if (named) return { organization: named, created: false };
  const slug = slugify(name);
  const holder = await findOrganizationBySlug(db, slug);
  if (holder) {
    throw new ConflictError(
      `The organization "${holder.name}" already has the address "${slug}" that "${name}" would get: ` +
        `choose another name, or use "${holder.name}".`,
    );
  }
  return { organization: await insertOrganization(db, { name, slug, createdAt: now }), created: true };
}
